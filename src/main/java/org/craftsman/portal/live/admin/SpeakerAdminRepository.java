package org.craftsman.portal.live.admin;

import org.craftsman.portal.live.Speaker;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpeakerAdminRepository extends JpaRepository<Speaker, Long> {

	@Query("""
			select s from Speaker s
			where lower(s.name) like :q escape '\\' or lower(coalesce(s.nameEn, '')) like :q escape '\\'
			   or lower(coalesce(s.organization, '')) like :q escape '\\'
			   or lower(coalesce(s.organizationEn, '')) like :q escape '\\'
			order by s.name, s.id""")
	Page<Speaker> search(String q, Pageable pageable);

	boolean existsByNameAndIdNot(String name, Long id);

	boolean existsByName(String name);

}

package org.craftsman.portal.award.admin;

import org.craftsman.portal.award.Award;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AwardAdminRepository extends JpaRepository<Award, Long> {

	@Query("""
			select w from Award w
			where lower(w.code) like :q escape '\\' or lower(w.name) like :q escape '\\'
			   or lower(coalesce(w.nameEn, '')) like :q escape '\\'
			order by w.displayOrder, w.id""")
	Page<Award> search(String q, Pageable pageable);

}

package org.craftsman.portal.area.admin;

import org.craftsman.portal.area.ExhibitionArea;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AreaAdminRepository extends JpaRepository<ExhibitionArea, Long> {

	@Query("""
			select a from ExhibitionArea a
			where lower(a.code) like :q escape '\\' or lower(a.name) like :q escape '\\'
			   or lower(coalesce(a.nameEn, '')) like :q escape '\\' or lower(a.hall) like :q escape '\\'
			order by a.kind, a.displayOrder, a.id""")
	Page<ExhibitionArea> search(String q, Pageable pageable);

}

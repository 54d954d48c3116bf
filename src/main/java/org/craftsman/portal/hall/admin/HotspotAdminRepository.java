package org.craftsman.portal.hall.admin;

import org.craftsman.portal.hall.Hotspot;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HotspotAdminRepository extends JpaRepository<Hotspot, Long> {

	@Query(value = """
			select h from Hotspot h join fetch h.area a left join fetch h.result r
			where lower(h.title) like :q escape '\\' or lower(coalesce(h.titleEn, '')) like :q escape '\\'
			   or lower(a.code) like :q escape '\\' or lower(coalesce(r.code, '')) like :q escape '\\'
			order by a.displayOrder, a.id, h.displayOrder, h.id""", countQuery = """
			select count(h) from Hotspot h join h.area a left join h.result r
			where lower(h.title) like :q escape '\\' or lower(coalesce(h.titleEn, '')) like :q escape '\\'
			   or lower(a.code) like :q escape '\\' or lower(coalesce(r.code, '')) like :q escape '\\'""")
	Page<Hotspot> search(String q, Pageable pageable);

}

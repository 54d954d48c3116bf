package org.craftsman.portal.hall.admin;

import org.craftsman.portal.hall.HallScene;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneAdminRepository extends JpaRepository<HallScene, Long> {

	@Query(value = """
			select s from HallScene s left join fetch s.area a
			where lower(s.code) like :q escape '\\' or lower(s.title) like :q escape '\\'
			   or lower(coalesce(s.titleEn, '')) like :q escape '\\'
			order by s.displayOrder, s.id""", countQuery = """
			select count(s) from HallScene s
			where lower(s.code) like :q escape '\\' or lower(s.title) like :q escape '\\'
			   or lower(coalesce(s.titleEn, '')) like :q escape '\\'""")
	Page<HallScene> search(String q, Pageable pageable);

}

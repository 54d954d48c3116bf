package org.craftsman.portal.hall.admin;

import java.util.List;

import org.craftsman.portal.hall.SceneLink;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneLinkAdminRepository extends JpaRepository<SceneLink, Long> {

	@Query(value = """
			select l from SceneLink l join fetch l.scene s join fetch l.target t
			where lower(s.code) like :q escape '\\' or lower(t.code) like :q escape '\\'
			   or lower(s.title) like :q escape '\\' or lower(t.title) like :q escape '\\'
			order by s.displayOrder, s.id, t.displayOrder, t.id""", countQuery = """
			select count(l) from SceneLink l join l.scene s join l.target t
			where lower(s.code) like :q escape '\\' or lower(t.code) like :q escape '\\'
			   or lower(s.title) like :q escape '\\' or lower(t.title) like :q escape '\\'""")
	Page<SceneLink> search(String q, Pageable pageable);

	@Query("select l from SceneLink l join fetch l.scene join fetch l.target order by l.id")
	List<SceneLink> everyLink();

}

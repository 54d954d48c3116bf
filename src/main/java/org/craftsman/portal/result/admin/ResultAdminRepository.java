package org.craftsman.portal.result.admin;

import java.util.List;
import org.craftsman.portal.result.InnovationResult;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResultAdminRepository extends JpaRepository<InnovationResult, Long> {

	@Query(value = """
			select r from InnovationResult r join fetch r.area a join fetch r.organization o
			where lower(r.code) like :q escape '\\' or lower(r.title) like :q escape '\\'
			   or lower(coalesce(r.titleEn, '')) like :q escape '\\' or lower(r.innovators) like :q escape '\\'
			   or lower(o.name) like :q escape '\\' or lower(a.code) like :q escape '\\'
			order by r.id desc""", countQuery = """
			select count(r) from InnovationResult r join r.area a join r.organization o
			where lower(r.code) like :q escape '\\' or lower(r.title) like :q escape '\\'
			   or lower(coalesce(r.titleEn, '')) like :q escape '\\' or lower(r.innovators) like :q escape '\\'
			   or lower(o.name) like :q escape '\\' or lower(a.code) like :q escape '\\'""")
	Page<InnovationResult> search(String q, Pageable pageable);

	@Query("select r from InnovationResult r join fetch r.area join fetch r.organization order by r.id")
	List<InnovationResult> findAllWithRelations();

}

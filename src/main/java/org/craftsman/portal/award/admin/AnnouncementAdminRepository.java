package org.craftsman.portal.award.admin;

import java.util.List;
import org.craftsman.portal.award.AwardAnnouncement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnouncementAdminRepository extends JpaRepository<AwardAnnouncement, Long> {

	@Query(value = """
			select a from AwardAnnouncement a join fetch a.award w left join fetch a.organization o
			  left join fetch a.result r
			where lower(w.code) like :q escape '\\' or lower(w.name) like :q escape '\\'
			   or lower(coalesce(a.recipientName, '')) like :q escape '\\'
			   or lower(coalesce(o.name, '')) like :q escape '\\' or lower(coalesce(r.title, '')) like :q escape '\\'
			   or lower(coalesce(r.code, '')) like :q escape '\\'
			order by w.displayOrder, w.id, a.rank""", countQuery = """
			select count(a) from AwardAnnouncement a join a.award w left join a.organization o left join a.result r
			where lower(w.code) like :q escape '\\' or lower(w.name) like :q escape '\\'
			   or lower(coalesce(a.recipientName, '')) like :q escape '\\'
			   or lower(coalesce(o.name, '')) like :q escape '\\' or lower(coalesce(r.title, '')) like :q escape '\\'
			   or lower(coalesce(r.code, '')) like :q escape '\\'""")
	Page<AwardAnnouncement> search(String q, Pageable pageable);

	@Query("""
			select a from AwardAnnouncement a join fetch a.award w left join fetch a.organization
			  left join fetch a.result order by w.displayOrder, w.id, a.rank""")
	List<AwardAnnouncement> findAllWithRelations();

}

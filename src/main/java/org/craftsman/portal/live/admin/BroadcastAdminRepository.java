package org.craftsman.portal.live.admin;

import org.craftsman.portal.live.LiveBroadcast;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BroadcastAdminRepository extends JpaRepository<LiveBroadcast, Long> {

	@Query(value = """
			select b from LiveBroadcast b left join fetch b.area a
			where lower(b.title) like :q escape '\\' or lower(coalesce(b.titleEn, '')) like :q escape '\\'
			   or lower(b.host) like :q escape '\\' or lower(coalesce(a.code, '')) like :q escape '\\'
			order by b.startsAt, b.id""", countQuery = """
			select count(b) from LiveBroadcast b left join b.area a
			where lower(b.title) like :q escape '\\' or lower(coalesce(b.titleEn, '')) like :q escape '\\'
			   or lower(b.host) like :q escape '\\' or lower(coalesce(a.code, '')) like :q escape '\\'""")
	Page<LiveBroadcast> search(String q, Pageable pageable);

}

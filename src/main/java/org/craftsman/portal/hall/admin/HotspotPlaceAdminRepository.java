package org.craftsman.portal.hall.admin;

import java.util.List;
import java.util.Optional;

import org.craftsman.portal.hall.HotspotPlace;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HotspotPlaceAdminRepository extends JpaRepository<HotspotPlace, Long> {

	@Query(value = """
			select p from HotspotPlace p join fetch p.hotspot h join fetch p.scene s
			where lower(s.code) like :q escape '\\' or lower(h.title) like :q escape '\\'
			   or lower(coalesce(h.titleEn, '')) like :q escape '\\' or str(h.id) like :q escape '\\'
			order by s.displayOrder, s.id, p.yaw, p.id""", countQuery = """
			select count(p) from HotspotPlace p join p.hotspot h join p.scene s
			where lower(s.code) like :q escape '\\' or lower(h.title) like :q escape '\\'
			   or lower(coalesce(h.titleEn, '')) like :q escape '\\' or str(h.id) like :q escape '\\'""")
	Page<HotspotPlace> search(String q, Pageable pageable);

	@Query("select p from HotspotPlace p join fetch p.hotspot join fetch p.scene order by p.id")
	List<HotspotPlace> everyPlace();

	@Query("select p from HotspotPlace p join fetch p.hotspot h where p.scene.id = :sceneId order by p.yaw, p.id")
	List<HotspotPlace> inScene(long sceneId);

	@Query("select p from HotspotPlace p where p.hotspot.id = :hotspotId")
	Optional<HotspotPlace> ofHotspot(long hotspotId);

}

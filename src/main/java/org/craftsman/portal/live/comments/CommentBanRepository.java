package org.craftsman.portal.live.comments;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentBanRepository extends JpaRepository<CommentBan, Long> {

	boolean existsByBrowserId(UUID browserId);

	boolean existsByBrowserIdAndIdNot(UUID browserId, Long id);

	@Query(value = """
			select b from CommentBan b
			where lower(cast(b.browserId as string)) like :q escape '\\' or lower(coalesce(b.reason, '')) like :q escape '\\'
			order by b.createdAt desc, b.id desc""",
			countQuery = """
					select count(b) from CommentBan b
					where lower(cast(b.browserId as string)) like :q escape '\\' or lower(coalesce(b.reason, '')) like :q escape '\\'""")
	Page<CommentBan> search(String q, Pageable pageable);

}

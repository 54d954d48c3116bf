package org.craftsman.portal.news.admin;

import org.craftsman.portal.news.Article;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleAdminRepository extends JpaRepository<Article, Long> {

	@Query(value = """
			select a from Article a
			where lower(a.title) like :q escape '\\' or lower(coalesce(a.titleEn, '')) like :q escape '\\'
			   or lower(a.slug) like :q escape '\\' or lower(coalesce(a.tags, '')) like :q escape '\\'
			order by coalesce(a.publishedAt, a.createdAt) desc, a.id desc""", countQuery = """
			select count(a) from Article a
			where lower(a.title) like :q escape '\\' or lower(coalesce(a.titleEn, '')) like :q escape '\\'
			   or lower(a.slug) like :q escape '\\' or lower(coalesce(a.tags, '')) like :q escape '\\'""")
	Page<Article> search(String q, Pageable pageable);

	boolean existsBySlugAndIdNot(String slug, Long id);

}

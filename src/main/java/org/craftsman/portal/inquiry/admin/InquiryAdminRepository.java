package org.craftsman.portal.inquiry.admin;

import java.util.List;

import org.craftsman.portal.inquiry.Inquiry;
import org.craftsman.portal.inquiry.InquiryStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InquiryAdminRepository extends JpaRepository<Inquiry, Long> {

	@Query(value = "select i from Inquiry i join fetch i.result r join fetch r.area a"
			+ " where (:status is null or i.status = :status)"
			+ " and (:resultCode is null or r.code = :resultCode) and (:areaCode is null or a.code = :areaCode)"
			+ " and (lower(i.organizationName) like :q escape '\\' or lower(i.contactPerson) like :q escape '\\'"
			+ " or lower(r.code) like :q escape '\\' or lower(r.title) like :q escape '\\')"
			+ " order by i.createdAt desc, i.id desc",
			countQuery = "select count(i) from Inquiry i join i.result r join r.area a"
					+ " where (:status is null or i.status = :status)"
					+ " and (:resultCode is null or r.code = :resultCode) and (:areaCode is null or a.code = :areaCode)"
					+ " and (lower(i.organizationName) like :q escape '\\' or lower(i.contactPerson) like :q escape '\\'"
					+ " or lower(r.code) like :q escape '\\' or lower(r.title) like :q escape '\\')")
	Page<Inquiry> search(InquiryStatus status, String resultCode, String areaCode, String q, Pageable pageable);

	@Query("select i from Inquiry i join fetch i.result r join fetch r.area order by i.id")
	List<Inquiry> findAllWithRelations();

}

package org.craftsman.portal.organization.admin;

import org.craftsman.portal.organization.Organization;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationAdminRepository extends JpaRepository<Organization, Long> {

	@Query("""
			select o from Organization o
			where lower(o.name) like :q escape '\\' or lower(coalesce(o.nameEn, '')) like :q escape '\\'
			   or lower(o.region) like :q escape '\\'
			order by o.name, o.id""")
	Page<Organization> search(String q, Pageable pageable);

}

package org.craftsman.portal.contract.admin;

import java.util.List;
import org.craftsman.portal.contract.TransformationContract;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContractAdminRepository extends JpaRepository<TransformationContract, Long> {

	@Query(value = """
			select c from TransformationContract c join fetch c.result r join fetch c.transferee t
			where lower(c.contractNo) like :q escape '\\' or lower(r.code) like :q escape '\\'
			   or lower(r.title) like :q escape '\\' or lower(t.name) like :q escape '\\'
			order by c.signedOn desc, c.id desc""", countQuery = """
			select count(c) from TransformationContract c join c.result r join c.transferee t
			where lower(c.contractNo) like :q escape '\\' or lower(r.code) like :q escape '\\'
			   or lower(r.title) like :q escape '\\' or lower(t.name) like :q escape '\\'""")
	Page<TransformationContract> search(String q, Pageable pageable);

	@Query("select c from TransformationContract c join fetch c.result join fetch c.transferee order by c.id")
	List<TransformationContract> findAllWithRelations();

}

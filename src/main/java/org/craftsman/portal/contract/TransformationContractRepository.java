package org.craftsman.portal.contract;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TransformationContractRepository extends JpaRepository<TransformationContract, Long> {

	Optional<TransformationContract> findByContractNo(String contractNo);

}

package org.craftsman.portal.contract;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TransformationContractRepository extends JpaRepository<TransformationContract, Long> {

}

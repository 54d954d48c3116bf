package org.craftsman.portal.result;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InnovationResultRepository extends JpaRepository<InnovationResult, Long> {

}

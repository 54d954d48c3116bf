package org.craftsman.portal.result;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InnovationResultRepository extends JpaRepository<InnovationResult, Long> {

	Optional<InnovationResult> findByCode(String code);

}

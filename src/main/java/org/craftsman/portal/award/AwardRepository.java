package org.craftsman.portal.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

	Optional<Award> findByCode(String code);

	List<Award> findAllByOrderByDisplayOrderAscIdAsc();

}

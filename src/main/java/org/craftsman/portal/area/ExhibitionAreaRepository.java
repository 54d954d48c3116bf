package org.craftsman.portal.area;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExhibitionAreaRepository extends JpaRepository<ExhibitionArea, Long> {

	Optional<ExhibitionArea> findByCode(String code);

	List<ExhibitionArea> findByKindOrderByDisplayOrderAscIdAsc(AreaKind kind);

	List<ExhibitionArea> findAllByOrderByKindAscDisplayOrderAscIdAsc();

}

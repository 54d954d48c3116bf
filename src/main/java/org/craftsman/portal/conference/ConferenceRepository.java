package org.craftsman.portal.conference;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceRepository extends JpaRepository<Conference, Long> {

	Optional<Conference> findFirstByOrderByStartsOnDesc();

}

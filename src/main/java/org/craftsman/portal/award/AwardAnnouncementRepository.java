package org.craftsman.portal.award;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardAnnouncementRepository extends JpaRepository<AwardAnnouncement, Long> {

}

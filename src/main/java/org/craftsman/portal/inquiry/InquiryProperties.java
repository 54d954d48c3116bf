package org.craftsman.portal.inquiry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How inquiries are protected and kept ({@code portal.inquiries.*}).
 *
 * @param perHour inquiries one client address may send per hour (a venue's NAT puts many
 * visitors behind one address, so this is not one)
 * @param trackedAddresses how many client addresses the limit remembers at once
 * @param retention how long a signed or declined inquiry is kept after it closed; then it
 * is deleted with its history
 * @param purgeCron when the deletion of expired inquiries runs
 */
@ConfigurationProperties("portal.inquiries")
public record InquiryProperties(@DefaultValue("20") int perHour, @DefaultValue("100000") int trackedAddresses,
		@DefaultValue("365d") Duration retention, @DefaultValue("0 30 3 * * *") String purgeCron) {

}

package org.craftsman.portal.conference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.craftsman.portal.common.AuditedEntity;

/**
 * The conference edition the portal presents: its name, venue and days.
 */
@Entity
@Table(name = "conference")
public class Conference extends AuditedEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(nullable = false)
	private String city;

	@Column(name = "city_en")
	private String cityEn;

	@Column(nullable = false)
	private String venue;

	@Column(name = "venue_en")
	private String venueEn;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCityEn() {
		return this.cityEn;
	}

	public void setCityEn(String cityEn) {
		this.cityEn = cityEn;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getVenueEn() {
		return this.venueEn;
	}

	public void setVenueEn(String venueEn) {
		this.venueEn = venueEn;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}

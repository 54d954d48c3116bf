package org.craftsman.portal.hall;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.craftsman.portal.common.AuditedEntity;

/** Where a hotspot stands: in which scene, at which direction (yaw, pitch in degrees). */
@Entity
@Table(name = "hall_hotspot_places")
public class HotspotPlace extends AuditedEntity {

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "hotspot_id", nullable = false)
	private Hotspot hotspot;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scene_id", nullable = false)
	private HallScene scene;

	@Column(nullable = false)
	private double yaw;

	@Column(nullable = false)
	private double pitch;

	public Hotspot getHotspot() {
		return this.hotspot;
	}

	public void setHotspot(Hotspot hotspot) {
		this.hotspot = hotspot;
	}

	public HallScene getScene() {
		return this.scene;
	}

	public void setScene(HallScene scene) {
		this.scene = scene;
	}

	public double getYaw() {
		return this.yaw;
	}

	public void setYaw(double yaw) {
		this.yaw = yaw;
	}

	public double getPitch() {
		return this.pitch;
	}

	public void setPitch(double pitch) {
		this.pitch = pitch;
	}

}

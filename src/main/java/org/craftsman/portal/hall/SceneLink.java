package org.craftsman.portal.hall;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.craftsman.portal.common.AuditedEntity;

/** A door in one scene leading to another, where it stands in the panorama. */
@Entity
@Table(name = "hall_scene_links")
public class SceneLink extends AuditedEntity {

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scene_id", nullable = false)
	private HallScene scene;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "target_scene_id", nullable = false)
	private HallScene target;

	@Column(nullable = false)
	private double yaw;

	@Column(nullable = false)
	private double pitch;

	public HallScene getScene() {
		return this.scene;
	}

	public void setScene(HallScene scene) {
		this.scene = scene;
	}

	public HallScene getTarget() {
		return this.target;
	}

	public void setTarget(HallScene target) {
		this.target = target;
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

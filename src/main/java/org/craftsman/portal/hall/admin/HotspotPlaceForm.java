package org.craftsman.portal.hall.admin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

/** Where a hotspot stands: its scene and direction (yaw, pitch in degrees). */
public class HotspotPlaceForm extends AdminForm {

	@NotBlank
	@Size(max = 18)
	@Pattern(regexp = "[0-9]{1,18}")
	private String hotspotId;

	@NotBlank
	@Size(max = 20)
	private String sceneCode;

	@NotNull
	@DecimalMin("-180")
	@DecimalMax("180")
	private Double yaw;

	@NotNull
	@DecimalMin("-90")
	@DecimalMax("90")
	private Double pitch;

	public String getHotspotId() {
		return this.hotspotId;
	}

	public void setHotspotId(String hotspotId) {
		this.hotspotId = hotspotId;
	}

	public String getSceneCode() {
		return this.sceneCode;
	}

	public void setSceneCode(String sceneCode) {
		this.sceneCode = sceneCode;
	}

	public Double getYaw() {
		return this.yaw;
	}

	public void setYaw(Double yaw) {
		this.yaw = yaw;
	}

	public Double getPitch() {
		return this.pitch;
	}

	public void setPitch(Double pitch) {
		this.pitch = pitch;
	}

}

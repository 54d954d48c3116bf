package org.craftsman.portal.hall.admin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

/** A door from one scene to another, where it stands in the first scene's panorama. */
public class SceneLinkForm extends AdminForm {

	@NotBlank
	@Size(max = 20)
	private String sceneCode;

	@NotBlank
	@Size(max = 20)
	private String targetCode;

	@NotNull
	@DecimalMin("-180")
	@DecimalMax("180")
	private Double yaw;

	@NotNull
	@DecimalMin("-90")
	@DecimalMax("90")
	private Double pitch = 0.0;

	public String getSceneCode() {
		return this.sceneCode;
	}

	public void setSceneCode(String sceneCode) {
		this.sceneCode = sceneCode;
	}

	public String getTargetCode() {
		return this.targetCode;
	}

	public void setTargetCode(String targetCode) {
		this.targetCode = targetCode;
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

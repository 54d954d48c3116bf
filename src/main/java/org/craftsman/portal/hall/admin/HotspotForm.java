package org.craftsman.portal.hall.admin;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.media.MediaKind;

import org.springframework.web.multipart.MultipartFile;

/**
 * A hotspot of the online hall as organizers enter it, with the media files they upload.
 */
public class HotspotForm extends AdminForm {

	@NotBlank
	@Size(max = 20)
	private String areaCode;

	@Size(max = 30)
	private String resultCode;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 200)
	private String titleEn;

	@NotNull
	private MediaKind mediaKind = MediaKind.GRAPHIC;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String mediaRef;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String posterRef;

	@Size(max = 5000)
	private String description;

	@Size(max = 5000)
	private String descriptionEn;

	@Min(-1_000_000)
	@Max(1_000_000)
	private Integer displayOrder = 0;

	private MultipartFile mediaFile;

	private MultipartFile posterFile;

	@Override
	public List<String> errorOrder() {
		return Stream.concat(Stream.of("mediaFile", "posterFile"), fieldNames().stream()).toList();
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public String getResultCode() {
		return this.resultCode;
	}

	public void setResultCode(String resultCode) {
		this.resultCode = resultCode;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public MediaKind getMediaKind() {
		return this.mediaKind;
	}

	public void setMediaKind(MediaKind mediaKind) {
		this.mediaKind = mediaKind;
	}

	public String getMediaRef() {
		return this.mediaRef;
	}

	public void setMediaRef(String mediaRef) {
		this.mediaRef = mediaRef;
	}

	public String getPosterRef() {
		return this.posterRef;
	}

	public void setPosterRef(String posterRef) {
		this.posterRef = posterRef;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public Integer getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(Integer displayOrder) {
		this.displayOrder = (displayOrder != null) ? displayOrder : 0;
	}

	public MultipartFile getMediaFile() {
		return this.mediaFile;
	}

	public void setMediaFile(MultipartFile mediaFile) {
		this.mediaFile = mediaFile;
	}

	public MultipartFile getPosterFile() {
		return this.posterFile;
	}

	public void setPosterFile(MultipartFile posterFile) {
		this.posterFile = posterFile;
	}

}

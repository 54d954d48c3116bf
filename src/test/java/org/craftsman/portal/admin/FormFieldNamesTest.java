package org.craftsman.portal.admin;

import org.craftsman.portal.area.admin.AreaForm;
import org.craftsman.portal.award.admin.AnnouncementForm;
import org.craftsman.portal.award.admin.AwardForm;
import org.craftsman.portal.contract.admin.ContractForm;
import org.craftsman.portal.hall.admin.HotspotForm;
import org.craftsman.portal.live.admin.BroadcastForm;
import org.craftsman.portal.organization.admin.OrganizationForm;
import org.craftsman.portal.result.admin.ResultForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's fields, and with them the columns of its import and export files, come in the
 * order the form declares them: that order is pinned here.
 */
class FormFieldNamesTest {

	@Test
	void areaFields() {
		assertThat(new AreaForm().fieldNames()).containsExactly("code", "name", "nameEn", "kind", "hall", "hallEn",
				"floorArea", "theme", "themeEn", "description", "descriptionEn", "displayOrder", "planHallCode",
				"planX", "planY", "planWidth", "planHeight");
	}

	@Test
	void awardFields() {
		assertThat(new AwardForm().fieldNames()).containsExactly("code", "name", "nameEn", "recipientKind",
				"displayOrder");
	}

	@Test
	void announcementFields() {
		assertThat(new AnnouncementForm().fieldNames()).containsExactly("awardCode", "rank", "recipientName",
				"recipientNameEn", "recipientTitle", "recipientTitleEn", "organizationName", "resultCode", "citation",
				"citationEn", "announcedOn", "published");
	}

	@Test
	void contractFields() {
		assertThat(new ContractForm().fieldNames()).containsExactly("contractNo", "resultCode", "transfereeName",
				"amount", "signedOn", "kind", "note");
	}

	@Test
	void hotspotFields() {
		assertThat(new HotspotForm().fieldNames()).containsExactly("areaCode", "resultCode", "title", "titleEn",
				"mediaKind", "mediaRef", "posterRef", "description", "descriptionEn", "displayOrder");
	}

	@Test
	void broadcastFields() {
		assertThat(new BroadcastForm().fieldNames()).containsExactly("title", "titleEn", "description", "descriptionEn",
				"host", "hostEn", "areaCode", "startsAt", "endsAt", "streamUrl", "replayUrl", "speakerNames", "tags",
				"tagsEn");
	}

	@Test
	void organizationFields() {
		assertThat(new OrganizationForm().fieldNames()).containsExactly("name", "nameEn", "kind", "region");
	}

	@Test
	void resultFields() {
		assertThat(new ResultForm().fieldNames()).containsExactly("code", "title", "titleEn", "summary", "summaryEn",
				"category", "region", "innovators", "innovatorsEn", "organizationName", "areaCode", "published",
				"featured", "imageRef");
	}

	@Test
	void errorsOfUploadsComeFirst() {
		assertThat(new ResultForm().errorOrder()).first().isEqualTo("imageFile");
		assertThat(new HotspotForm().errorOrder()).startsWith("mediaFile", "posterFile", "areaCode");
	}

	@Test
	void optionalFieldsAreUnchanged() {
		assertThat(new ResultForm().optionalFields()).containsExactly("imageRef");
		// An import may leave the floor-plan placement out: the area keeps its place.
		assertThat(new AreaForm().optionalFields()).containsExactly("planHallCode", "planX", "planY", "planWidth",
				"planHeight");
	}

}

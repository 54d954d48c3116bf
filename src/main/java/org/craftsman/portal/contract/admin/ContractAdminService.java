package org.craftsman.portal.contract.admin;

import org.craftsman.portal.organization.Organization;

import org.craftsman.portal.result.InnovationResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Amounts;
import org.craftsman.portal.admin.FieldNote;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.common.web.Formats;
import org.craftsman.portal.conference.Conference;
import org.craftsman.portal.conference.ConferenceRepository;
import org.craftsman.portal.contract.ContractKind;
import org.craftsman.portal.contract.TransformationContract;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class ContractAdminService extends AdminCrudService<TransformationContract, ContractForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("CONTRACTS", "contracts", "contracts/admin", 4, "contracts");

	/** The database refuses earlier dates; later ones are typing mistakes. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	private final ContractAdminRepository contracts;

	private final ConferenceRepository conferences;

	private final Formats formats;

	ContractAdminService(ContractAdminRepository contracts, ConferenceRepository conferences, Formats formats) {
		super(SECTION, contracts);
		this.contracts = contracts;
		this.conferences = conferences;
		this.formats = formats;
	}

	/** The conference the contracts are signed at, if one is set up. */
	@Transactional(readOnly = true)
	public Optional<Conference> conference() {
		return this.conferences.findFirstByOrderByStartsOnDesc();
	}

	/**
	 * The amount as the portal understood it, and a warning when the contract was signed
	 * outside the conference's days: allowed (contracts are also signed before or after),
	 * but often a typing mistake.
	 */
	@Override
	public List<FieldNote> notes(ContractForm form) {
		List<FieldNote> notes = new ArrayList<>();
		if (form.getAmount() != null) {
			notes.add(new FieldNote("amount",
					message("admin.contracts.amountUnderstood", null, Amounts.display(form.getAmount())), false));
		}
		LocalDate signed = form.getSignedOn();
		Conference conference = (signed != null) ? conference().orElse(null) : null;
		if (conference != null && outside(signed, conference)) {
			notes.add(new FieldNote("signedOn",
					message("admin.contracts.outsideConference", null, this.formats.date(signed),
							this.formats.date(conference.getStartsOn()), this.formats.date(conference.getEndsOn())),
					true));
		}
		return notes;
	}

	/** Whether a day lies outside the conference's days. */
	public static boolean outside(LocalDate day, Conference conference) {
		return day.isBefore(conference.getStartsOn()) || day.isAfter(conference.getEndsOn());
	}

	@Override
	public ContractForm newForm() {
		return new ContractForm();
	}

	/**
	 * A new contract's form filled in from an inquiry (the admin's "sign a contract from
	 * this inquiry"): its result, the inquiring company when it is a known organization,
	 * and the kind of contract it asked for; the note names the inquiry and the company
	 * as the inquirer wrote it. A value that names nothing is left out.
	 */
	@Transactional(readOnly = true)
	public ContractForm fromInquiry(String inquiry, String resultCode, String company, String kind) {
		ContractForm form = newForm();
		References references = References.onDemand(this.entityManager);
		if (resultCode != null && references.find(InnovationResult.BY_CODE, resultCode.strip()) != null) {
			form.setResultCode(resultCode.strip());
		}
		if (company != null && references.find(Organization.BY_NAME, company.strip()) != null) {
			form.setTransfereeName(company.strip());
		}
		for (ContractKind known : ContractKind.values()) {
			if (known.name().equals(kind)) {
				form.setKind(known);
			}
		}
		if (inquiry != null && inquiry.matches("[0-9]{1,18}")) {
			String note = message("admin.contracts.fromInquiry", null, inquiry,
					(company != null) ? company.strip() : "");
			form.setNote(note.length() > 500 ? note.substring(0, 500) : note);
		}
		return form;
	}

	@Override
	public ContractForm toForm(TransformationContract contract) {
		ContractForm form = new ContractForm();
		form.setId(contract.getId());
		form.setVersion(contract.getVersion());
		FormFields.copy(contract, form, form.fieldNames());
		form.setResultCode(contract.getResult().getCode());
		form.setTransfereeName(contract.getTransferee().getName());
		return form;
	}

	@Override
	public String label(TransformationContract contract) {
		return contract.getContractNo();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<TransformationContract> list(String search, Pageable pageable) {
		return this.contracts.search(Listing.likePattern(search), pageable);
	}

	@Override
	public TransformationContract newEntity() {
		return new TransformationContract();
	}

	@Override
	public void check(ContractForm form, References references, Errors errors) {
		if (form.getResultCode() != null && references.find(InnovationResult.BY_CODE, form.getResultCode()) == null) {
			errors.rejectValue("resultCode", "admin.error.unknownResult", new Object[] { form.getResultCode() }, null);
		}
		if (form.getTransfereeName() != null
				&& references.find(Organization.BY_NAME, form.getTransfereeName()) == null) {
			errors.rejectValue("transfereeName", "admin.error.unknownOrganization",
					new Object[] { form.getTransfereeName() }, null);
		}
		LocalDate signed = form.getSignedOn();
		if (signed != null && (signed.isBefore(EARLIEST) || signed.isAfter(LATEST))) {
			errors.rejectValue("signedOn", "admin.contracts.signedOnRange");
		}
	}

	@Override
	public void apply(ContractForm form, TransformationContract contract, References references) {
		FormFields.copy(form, contract, form.fieldNames());
		contract.setResult(references.find(InnovationResult.BY_CODE, form.getResultCode()));
		contract.setTransferee(references.find(Organization.BY_NAME, form.getTransfereeName()));
	}

	@Override
	public String naturalKey(ContractForm form) {
		return form.getContractNo();
	}

	@Override
	public List<String> keyFields() {
		return List.of("contractNo");
	}

	@Override
	@Transactional(readOnly = true)
	public List<TransformationContract> findAll() {
		return this.contracts.findAllWithRelations();
	}

}

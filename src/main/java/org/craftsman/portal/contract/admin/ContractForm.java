package org.craftsman.portal.contract.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.contract.ContractKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A transformation contract as organizers enter it; its result is named by code and its
 * transferee by name.
 */
public class ContractForm extends AdminForm {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]*")
	private String contractNo;

	@NotBlank
	@Size(max = 30)
	private String resultCode;

	@NotBlank
	@Size(max = 200)
	private String transfereeName;

	@NotNull
	@DecimalMin(value = "0.00", inclusive = false)
	@DecimalMax("999999999999.99")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal amount;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	@NotNull
	private ContractKind kind = ContractKind.TRANSFER;

	@Size(max = 500)
	private String note;

	public String getContractNo() {
		return this.contractNo;
	}

	public void setContractNo(String contractNo) {
		this.contractNo = contractNo;
	}

	public String getResultCode() {
		return this.resultCode;
	}

	public void setResultCode(String resultCode) {
		this.resultCode = resultCode;
	}

	public String getTransfereeName() {
		return this.transfereeName;
	}

	public void setTransfereeName(String transfereeName) {
		this.transfereeName = transfereeName;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public ContractKind getKind() {
		return this.kind;
	}

	public void setKind(ContractKind kind) {
		this.kind = kind;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}

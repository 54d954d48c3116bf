package org.craftsman.portal.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.organization.Organization;
import org.craftsman.portal.result.InnovationResult;

/**
 * A result signed over to a transferee for commercial use, for an exact amount in yuan.
 */
@Entity
@Table(name = "transformation_contracts")
public class TransformationContract extends AuditedEntity {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]*")
	@Column(name = "contract_no", nullable = false)
	private String contractNo;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "result_id", nullable = false)
	private InnovationResult result;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "transferee_id", nullable = false)
	private Organization transferee;

	@NotNull
	@DecimalMin(value = "0.00", inclusive = false)
	@DecimalMax("999999999999.99")
	@Digits(integer = 12, fraction = 2)
	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@NotNull
	@Column(name = "signed_on", nullable = false)
	private LocalDate signedOn;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContractKind kind;

	@Size(max = 500)
	private String note;

	public String getContractNo() {
		return this.contractNo;
	}

	public void setContractNo(String contractNo) {
		this.contractNo = contractNo;
	}

	public InnovationResult getResult() {
		return this.result;
	}

	public void setResult(InnovationResult result) {
		this.result = result;
	}

	public Organization getTransferee() {
		return this.transferee;
	}

	public void setTransferee(Organization transferee) {
		this.transferee = transferee;
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

package org.craftsman.portal.contract;

public enum ContractKind {

	TRANSFER, LICENCE, JOINT_DEVELOPMENT, EQUITY, TECH_SERVICE

}

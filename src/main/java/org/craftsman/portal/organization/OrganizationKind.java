package org.craftsman.portal.organization;

public enum OrganizationKind {

	TRADE_UNION, ENTERPRISE, RESEARCH_INSTITUTE, SCHOOL, GOVERNMENT

}

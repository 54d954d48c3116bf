package org.craftsman.portal.inquiry;

/** What the inquirer wants to do with the result. */
public enum InquiryKind {

	LICENCE, TRANSFER, JOINT_DEVELOPMENT

}

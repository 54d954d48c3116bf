package org.craftsman.portal.award;

public enum RecipientKind {

	PERSON, ORGANIZATION, RESULT

}

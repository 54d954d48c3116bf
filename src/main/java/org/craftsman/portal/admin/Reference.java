package org.craftsman.portal.admin;

import org.springframework.context.MessageSourceResolvable;

/**
 * How many records of one kind point to a record: "12 results are exhibited in this
 * area". The label key takes the count as its argument.
 *
 * @param messageKey label saying what points here, with {0} for the count
 * @param count how many records point here
 */
public record Reference(String messageKey, long count) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { this.count };
	}

}

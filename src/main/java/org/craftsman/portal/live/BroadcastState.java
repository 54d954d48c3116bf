package org.craftsman.portal.live;

public enum BroadcastState {

	UPCOMING, ON_AIR, ENDED

}

package org.craftsman.portal.media;

import java.util.Set;

/**
 * A feature whose records point at uploaded media. The sweep keeps every file some user
 * still names and deletes the rest.
 */
public interface MediaUser {

	/** The addresses ({@code /media/...}) of the files this feature's records name. */
	Set<String> mediaInUse();

}

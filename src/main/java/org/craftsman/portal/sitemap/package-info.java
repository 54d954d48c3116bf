/**
 * What search engines read: {@code /sitemap.xml}, every public page with its Chinese and
 * English addresses (every published result, every area, scene, hotspot, published
 * article and speaker, the lists), and {@code /robots.txt}, which keeps them out of the
 * admin, the dashboard and the sign-in, both absolute from the configured public address.
 */
package org.craftsman.portal.sitemap;

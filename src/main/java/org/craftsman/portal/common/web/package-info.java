/**
 * Web infrastructure shared by every module: request filters, security headers, error
 * pages, paging and the visitor's language.
 */
@NamedInterface("web")
package org.craftsman.portal.common.web;

import org.springframework.modulith.NamedInterface;

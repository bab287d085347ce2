/** Implementation details of the enclosing package (JDBC repositories, JSON shapes): not API, may change without notice. */
package com.palmpos.pos.internal;

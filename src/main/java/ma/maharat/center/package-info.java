/**
 * The center's own settings, changed by administrators in the application: the public address people
 * reach Maharat at (printed on certificates and signed into credentials) and whether this installation
 * runs the demo data set. Sits at the bottom beside identity: certificates and later features read it.
 */
package ma.maharat.center;

/** The three languages of the center (Arabic, French, English), their direction, and page messages. */
package ma.maharat.platform.i18n;

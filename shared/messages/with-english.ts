/**
 * Imported for its effect: the English catalogue loaded with the module that imports this,
 * for code that writes English outside an HTTP request (the notifier's and the deadline
 * job's emails, the site's build, the tests). The APIs load it per request instead
 * (`loadCatalogue`), so their cold start carries Vietnamese only.
 */
import { en } from './en.ts';
import { registerCatalogue } from './index.ts';

registerCatalogue('en', en);

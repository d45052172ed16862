/** On a moved page's old URL: go to the new page, keeping the #fragment (the answer) of the old link. */
const destination = document.querySelector<HTMLAnchorElement>('a[data-moved-to]');
if (destination) location.replace(`${destination.href}${location.hash}`);

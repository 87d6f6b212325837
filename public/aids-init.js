/* Reading aids: apply the stored choice before the first paint (no flash of small text). Blocking on purpose, and tiny. */
try{var a=JSON.parse(localStorage.getItem("zhuxue-aids")||"{}"),d=document.documentElement;if(a.size>0)d.setAttribute("data-size",a.size);if(a.contrast)d.setAttribute("data-contrast","high")}catch(e){}

function e(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var t={},n=[],r=()=>{},i=()=>!1,a=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),o=e=>e.startsWith(`onUpdate:`),s=Object.assign,c=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},l=Object.prototype.hasOwnProperty,u=(e,t)=>l.call(e,t),d=Array.isArray,f=e=>x(e)===`[object Map]`,p=e=>x(e)===`[object Set]`,m=e=>x(e)===`[object Date]`,h=e=>typeof e==`function`,g=e=>typeof e==`string`,_=e=>typeof e==`symbol`,v=e=>typeof e==`object`&&!!e,y=e=>(v(e)||h(e))&&h(e.then)&&h(e.catch),b=Object.prototype.toString,x=e=>b.call(e),S=e=>x(e).slice(8,-1),C=e=>x(e)===`[object Object]`,w=e=>g(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ee=e(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),te=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},ne=/-\w/g,T=te(e=>e.replace(ne,e=>e.slice(1).toUpperCase())),re=/\B([A-Z])/g,E=te(e=>e.replace(re,`-$1`).toLowerCase()),ie=te(e=>e.charAt(0).toUpperCase()+e.slice(1)),ae=te(e=>e?`on${ie(e)}`:``),D=(e,t)=>!Object.is(e,t),oe=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},O=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},se=e=>{let t=parseFloat(e);return isNaN(t)?e:t},ce=e=>{let t=g(e)?Number(e):NaN;return isNaN(t)?e:t},le,ue=()=>le||(le=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{});function de(e){if(d(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=g(r)?k(r):de(r);if(i)for(let e in i)t[e]=i[e]}return t}if(g(e)||v(e))return e}var fe=/;(?![^(]*\))/g,pe=/:([^]+)/,me=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function k(e){let t={};return e.replace(me,e=>e.startsWith(`/*`)?``:e).split(fe).forEach(e=>{if(e){let n=e.split(pe);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function he(e){let t=``;if(g(e))t=e;else if(d(e))for(let n=0;n<e.length;n++){let r=he(e[n]);r&&(t+=r+` `)}else if(v(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}function ge(e){if(!e)return null;let{class:t,style:n}=e;return t&&!g(t)&&(e.class=he(t)),n&&(e.style=de(n)),e}var _e=e(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function ve(e){return!!e||e===``}function ye(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=Ce(e[i],t[i],n);return r}function be(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&Ce(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function xe(e,t,n){let r=f(e),i=f(t);if(r||i||(r=p(e),i=p(t),r||i))return r&&i?be(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!Ce(e[r],t[r],n))return!1}return String(e)===String(t)}function Se(e,t,n,r){n||(n=[new Map,new Map]);let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function Ce(e,t,n){if(e===t)return!0;let r=m(e),i=m(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=_(e),i=_(t),r||i?e===t:(r=d(e),i=d(t),r||i?r&&i?Se(e,t,n,ye):!1:(r=v(e),i=v(t),r||i?!r||!i?!1:Se(e,t,n,xe):String(e)===String(t))))}function we(e,t){return e.findIndex(e=>Ce(e,t))}var Te=e=>!!(e&&e.__v_isRef===!0),Ee=e=>g(e)?e:e==null?``:d(e)||v(e)&&(e.toString===b||!h(e.toString))?Te(e)?Ee(e.value):JSON.stringify(e,De,2):String(e),De=(e,t)=>Te(t)?De(e,t.value):f(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[Oe(t,r)+` =>`]=n,e),{})}:p(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>Oe(e))}:_(t)?Oe(t):v(t)&&!d(t)&&!C(t)?String(t):t,Oe=(e,t=``)=>{var n;return _(e)?`Symbol(${(n=e.description)==null?t:n})`:e},A,ke=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&A&&(A.active?(this.parent=A,this.index=(A.scopes||(A.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=A;try{return A=this,e()}finally{A=t}}}on(){++this._on===1&&(this.prevScope=A,A=this)}off(){if(this._on>0&&--this._on===0){if(A===this)A=this.prevScope;else{let e=A;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function Ae(){return A}function je(e,t=!1){A&&(A.active?A.cleanups.push(e):e())}var j,Me=new WeakSet,Ne=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,A&&(A.active?A.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,Me.has(this)&&(Me.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Le(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,qe(this),Be(this);let e=j,t=M;j=this,M=!0;try{return this.fn()}finally{Ve(this),j=e,M=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)We(e);this.deps=this.depsTail=void 0,qe(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?Me.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){He(this)&&this.run()}get dirty(){return He(this)}},Pe=0,Fe,Ie;function Le(e,t=!1){e.flags|=8,t?(e.next=Ie,Ie=e):(e.next=Fe,Fe=e)}function Re(){Pe++}function ze(){if(--Pe>0)return;if(Ie){let e=Ie;for(Ie=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;Fe;){let t=Fe;for(Fe=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||(e=t)}t=n}}if(e)throw e}function Be(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function Ve(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),We(r),Ge(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function He(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(Ue(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function Ue(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===Je)||(e.globalVersion=Je,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!He(e))))return;e.flags|=2;let t=e.dep,n=j,r=M;j=e,M=!0;try{Be(e);let n=e.fn(e._value);(t.version===0||D(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{j=n,M=r,Ve(e),e.flags&=-3}}function We(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)We(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function Ge(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var M=!0,Ke=[];function N(){Ke.push(M),M=!1}function P(){let e=Ke.pop();M=e===void 0||e}function qe(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=j;j=void 0;try{t()}finally{j=e}}}var Je=0,Ye=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},Xe=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!j||!M||j===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==j)t=this.activeLink=new Ye(j,this),j.deps?(t.prevDep=j.depsTail,j.depsTail.nextDep=t,j.depsTail=t):j.deps=j.depsTail=t,Ze(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=j.depsTail,t.nextDep=void 0,j.depsTail.nextDep=t,j.depsTail=t,j.deps===t&&(j.deps=e)}return t}trigger(e){this.version++,Je++,this.notify(e)}notify(e){Re();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{ze()}}};function Ze(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)Ze(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var Qe=new WeakMap,$e=Symbol(``),et=Symbol(``),tt=Symbol(``);function F(e,t,n){if(M&&j){let t=Qe.get(e);t||Qe.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new Xe),r.map=t,r.key=n),r.track()}}function nt(e,t,n,r,i,a){let o=Qe.get(e);if(!o){Je++;return}let s=e=>{e&&e.trigger()};if(Re(),t===`clear`)o.forEach(s);else{let i=d(e),a=i&&w(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===tt||!_(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(tt)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get($e)),f(e)&&s(o.get(et)));break;case`delete`:i||(s(o.get($e)),f(e)&&s(o.get(et)));break;case`set`:f(e)&&s(o.get($e))}}ze()}function rt(e,t){let n=Qe.get(e);return n&&n.get(t)}function it(e){let t=L(e);return t===e||(F(t,`iterate`,tt),I(e))?t:Kt(e)?Gt(e)?t.map(e=>Yt(R(e))):t.map(Yt):t.map(R)}function at(e){return F(e=L(e),`iterate`,tt),e}function ot(e,t){return Kt(e)?Yt(Gt(e)?R(t):t):R(t)}var st={__proto__:null,[Symbol.iterator](){return ct(this,Symbol.iterator,e=>ot(this,e))},concat(...e){return it(this).concat(...e.map(e=>d(e)?it(e):e))},entries(){return ct(this,`entries`,e=>(e[1]=ot(this,e[1]),e))},every(e,t){return dt(this,`every`,e,t,void 0,arguments)},filter(e,t){return dt(this,`filter`,e,t,e=>e.map(e=>ot(this,e)),arguments)},find(e,t){return dt(this,`find`,e,t,e=>ot(this,e),arguments)},findIndex(e,t){return dt(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return dt(this,`findLast`,e,t,e=>ot(this,e),arguments)},findLastIndex(e,t){return dt(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return dt(this,`forEach`,e,t,void 0,arguments)},includes(...e){return pt(this,`includes`,e)},indexOf(...e){return pt(this,`indexOf`,e)},join(e){return it(this).join(e)},lastIndexOf(...e){return pt(this,`lastIndexOf`,e)},map(e,t){return dt(this,`map`,e,t,void 0,arguments)},pop(){return mt(this,`pop`)},push(...e){return mt(this,`push`,e)},reduce(e,...t){return ft(this,`reduce`,e,t)},reduceRight(e,...t){return ft(this,`reduceRight`,e,t)},shift(){return mt(this,`shift`)},some(e,t){return dt(this,`some`,e,t,void 0,arguments)},splice(...e){return mt(this,`splice`,e)},toReversed(){return it(this).toReversed()},toSorted(e){return it(this).toSorted(e)},toSpliced(...e){return it(this).toSpliced(...e)},unshift(...e){return mt(this,`unshift`,e)},values(){return ct(this,`values`,e=>ot(this,e))}};function ct(e,t,n){let r=at(e),i=r[t],a=i.call(r);if(r!==e&&!I(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>lt(a.next(),n),i!==ut[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>lt(a._next(),n)}return a}function lt(e,t){return e.done||(e.value=t(e.value)),e}var ut=Array.prototype;function dt(e,t,n,r,i,a){let o=at(e),s=o!==e&&!I(e),c=o[t];if(c!==ut[t]){let t=c.apply(e,a);return s?R(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,ot(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function ft(e,t,n,r){let i=at(e),a=i!==e&&!I(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=ot(e,t)),n.call(this,t,ot(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?ot(e,c):c}function pt(e,t,n){let r=L(e);F(r,`iterate`,tt);let i=r[t](...n);return(i===-1||i===!1)&&qt(n[0])?(n[0]=L(n[0]),r[t](...n)):i}function mt(e,t,n=[]){N(),Re();let r=L(e)[t].apply(e,n);return ze(),P(),r}var ht=e(`__proto__,__v_isRef,__isVue`),gt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(_));function _t(e){_(e)||(e=String(e));let t=L(this);return F(t,`has`,e),t.hasOwnProperty(e)}var vt=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Rt:Lt:i?It:Ft).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=d(e);if(!r){let e;if(a&&(e=st[t]))return e;if(t===`hasOwnProperty`)return _t}let o=Reflect.get(e,t,z(e)?e:n);if((_(t)?gt.has(t):ht(t))||(r||F(e,`get`,t),i))return o;if(z(o)){let e=a&&w(t)?o:o.value;return r&&v(e)?Ht(e):e}return v(o)?r?Ht(o):Bt(o):o}},yt=class extends vt{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=d(e)&&w(t);if(!this._isShallow){let e=Kt(i);if(!I(n)&&!Kt(n)&&(i=L(i),n=L(n)),!a&&z(i)&&!z(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:u(e,t),s=Reflect.set(e,t,n,z(e)?e:r);return e===L(r)&&s&&(o?D(n,i)&&nt(e,`set`,t,n,i):nt(e,`add`,t,n)),s}deleteProperty(e,t){let n=u(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&nt(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return _(t)&&gt.has(t)||F(e,`has`,t),n}ownKeys(e){return F(e,`iterate`,d(e)?`length`:$e),Reflect.ownKeys(e)}},bt=class extends vt{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},xt=new yt,St=new bt,Ct=new yt(!0),wt=new bt(!0),Tt=e=>e,Et=e=>Reflect.getPrototypeOf(e);function Dt(e,t,n){return function(...r){let i=this.__v_raw,a=L(i),o=f(a),c=e===`entries`||e===Symbol.iterator&&o,l=e===`keys`&&o,u=i[e](...r),d=n?Tt:t?Yt:R;return!t&&F(a,`iterate`,l?et:$e),s(Object.create(u),{next(){let{value:e,done:t}=u.next();return t?{value:e,done:t}:{value:c?[d(e[0]),d(e[1])]:d(e),done:t}}})}}function Ot(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function kt(e,t){let n={get(n){let r=this.__v_raw,i=L(r),a=L(n);e||(D(n,a)&&F(i,`get`,n),F(i,`get`,a));let{has:o}=Et(i),s=t?Tt:e?Yt:R;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&F(L(t),`iterate`,$e),t.size},has(t){let n=this.__v_raw,r=L(n),i=L(t);return e||(D(t,i)&&F(r,`has`,t),F(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=L(a),s=t?Tt:e?Yt:R;return!e&&F(o,`iterate`,$e),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return s(n,e?{add:Ot(`add`),set:Ot(`set`),delete:Ot(`delete`),clear:Ot(`clear`)}:{add(e){let n=L(this),r=Et(n),i=L(e),a=!t&&!I(e)&&!Kt(e)?i:e;return r.has.call(n,a)||D(e,a)&&r.has.call(n,e)||D(i,a)&&r.has.call(n,i)||(n.add(a),nt(n,`add`,a,a)),this},set(e,n){t||I(n)||Kt(n)||(n=L(n));let r=L(this),{has:i,get:a}=Et(r),o=i.call(r,e);o||(e=L(e),o=i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?D(n,s)&&nt(r,`set`,e,n,s):nt(r,`add`,e,n),this},delete(e){let t=L(this),{has:n,get:r}=Et(t),i=n.call(t,e);i||(e=L(e),i=n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&nt(t,`delete`,e,void 0,a),o},clear(){let e=L(this),t=e.size!==0,n=e.clear();return t&&nt(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=Dt(r,e,t)}),n}function At(e,t){let n=kt(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(u(n,i)&&i in r?n:r,i,a)}var jt={get:At(!1,!1)},Mt={get:At(!1,!0)},Nt={get:At(!0,!1)},Pt={get:At(!0,!0)},Ft=new WeakMap,It=new WeakMap,Lt=new WeakMap,Rt=new WeakMap;function zt(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function Bt(e){return Kt(e)?e:Wt(e,!1,xt,jt,Ft)}function Vt(e){return Wt(e,!1,Ct,Mt,It)}function Ht(e){return Wt(e,!0,St,Nt,Lt)}function Ut(e){return Wt(e,!0,wt,Pt,Rt)}function Wt(e,t,n,r,i){if(!v(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=zt(S(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function Gt(e){return Kt(e)?Gt(e.__v_raw):!!(e&&e.__v_isReactive)}function Kt(e){return!!(e&&e.__v_isReadonly)}function I(e){return!!(e&&e.__v_isShallow)}function qt(e){return e?!!e.__v_raw:!1}function L(e){let t=e&&e.__v_raw;return t?L(t):e}function Jt(e){return!u(e,`__v_skip`)&&Object.isExtensible(e)&&O(e,`__v_skip`,!0),e}var R=e=>v(e)?Bt(e):e,Yt=e=>v(e)?Ht(e):e;function z(e){return e?e.__v_isRef===!0:!1}function Xt(e){return Qt(e,!1)}function Zt(e){return Qt(e,!0)}function Qt(e,t){return z(e)?e:new $t(e,t)}var $t=class{constructor(e,t){this.dep=new Xe,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:L(e),this._value=t?e:R(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||I(e)||Kt(e);e=n?e:L(e),D(e,t)&&(this._rawValue=e,this._value=n?e:R(e),this.dep.trigger())}};function en(e){e.dep&&e.dep.trigger()}function tn(e){return z(e)?e.value:e}function nn(e){return h(e)?e():tn(e)}var rn={get:(e,t,n)=>t===`__v_raw`?e:tn(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return z(i)&&!z(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function an(e){return Gt(e)?e:new Proxy(e,rn)}function on(e){let t=d(e)?Array(e.length):{};for(let n in e)t[n]=un(e,n);return t}var sn=class{constructor(e,t,n){this._object=e,this._defaultValue=n,this.__v_isRef=!0,this._value=void 0,this._key=_(t)?t:String(t),this._raw=L(e);let r=!0,i=e;if(!d(e)||_(this._key)||!w(this._key))do r=!qt(i)||I(i);while(r&&(i=i.__v_raw));this._shallow=r}get value(){let e=this._object[this._key];return this._shallow&&(e=tn(e)),this._value=e===void 0?this._defaultValue:e}set value(e){if(this._shallow&&z(this._raw[this._key])){let t=this._object[this._key];if(z(t)){t.value=e;return}}this._object[this._key]=e}get dep(){return rt(this._raw,this._key)}},cn=class{constructor(e){this._getter=e,this.__v_isRef=!0,this.__v_isReadonly=!0,this._value=void 0}get value(){return this._value=this._getter()}};function ln(e,t,n){return z(e)?e:h(e)?new cn(e):v(e)&&arguments.length>1?un(e,t,n):Xt(e)}function un(e,t,n){return new sn(e,t,n)}var dn=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new Xe(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=Je-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&j!==this)return Le(this,!0),!0}get value(){let e=this.dep.track();return Ue(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function fn(e,t,n=!1){let r,i;return h(e)?r=e:(r=e.get,i=e.set),new dn(r,i,n)}var pn={},mn=new WeakMap,hn=void 0;function gn(e,t=!1,n=hn){if(n){let t=mn.get(n);t||mn.set(n,t=[]),t.push(e)}}function _n(e,n,i=t){let{immediate:a,deep:o,once:s,scheduler:l,augmentJob:u,call:f}=i,p=e=>o?e:I(e)||o===!1||o===0?vn(e,1):vn(e),m,g,_,v,y=!1,b=!1;if(z(e)?(g=()=>e.value,y=I(e)):Gt(e)?(g=()=>p(e),y=!0):d(e)?(b=!0,y=e.some(e=>Gt(e)||I(e)),g=()=>e.map(e=>{if(z(e))return e.value;if(Gt(e))return p(e);if(h(e))return f?f(e,2):e()})):g=h(e)?n?f?()=>f(e,2):e:()=>{if(_){N();try{_()}finally{P()}}let t=hn;hn=m;try{return f?f(e,3,[v]):e(v)}finally{hn=t}}:r,n&&o){let e=g,t=o===!0?1/0:o;g=()=>vn(e(),t)}let x=Ae(),S=()=>{m.stop(),x&&x.active&&c(x.effects,m)};if(s&&n){let e=n;n=(...t)=>{try{return e(...t)}finally{S()}}}let C=b?Array(e.length).fill(pn):pn,w=e=>{if(m.flags&1&&(m.dirty||e)){if(n){let t=m.run();if(e||o||y||(b?t.some((e,t)=>D(e,C[t])):D(t,C))){let e=hn;N();try{_&&_(),hn=m;let e=[t,C===pn?void 0:b&&C[0]===pn?[]:C,v];C=t,f?f(n,3,e):n(...e)}finally{hn=e,P()}}}else m.run()}};return u&&u(w),m=new Ne(g),m.scheduler=l?()=>l(w,!1):w,v=e=>gn(e,!1,m),_=m.onStop=()=>{let e=mn.get(m);if(e){if(f)f(e,4);else for(let t of e)t();mn.delete(m)}},n?a?w(!0):C=m.run():l?l(w.bind(null,!0),!0):m.run(),S.pause=m.pause.bind(m),S.resume=m.resume.bind(m),S.stop=S,S}function vn(e,t=1/0,n){if(t<=0||!v(e)||e.__v_skip||(n=n||new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,z(e))vn(e.value,t,n);else if(d(e))for(let r=0;r<e.length;r++)vn(e[r],t,n);else if(p(e)||f(e))e.forEach(e=>{vn(e,t,n)});else if(C(e)){for(let r in e)vn(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&vn(e[r],t,n)}return e}function yn(e,t,n,r){try{return r?e(...r):e()}catch(e){bn(e,t,n)}}function B(e,t,n,r){if(h(e)){let i=yn(e,t,n,r);return i&&y(i)&&i.catch(e=>{bn(e,t,n,void 0,!0)}),i}if(d(e)){let i=[];for(let a=0;a<e.length;a++)i.push(B(e[a],t,n,r));return i}}function bn(e,n,r,i=!0,a=!1){let o=n?n.vnode:null,{errorHandler:s,throwUnhandledErrorInProduction:c}=n&&n.appContext.config||t;if(n){let t=n.parent,i=n.proxy,o=`https://vuejs.org/error-reference/#runtime-${r}`;for(;t;){let n=t.ec;if(n&&!t.isUnmounted&&(!a||t.scope.active)){for(let t=0;t<n.length;t++)if(n[t](e,i,o)===!1)return}t=t.parent}if(s){N(),yn(s,null,10,[e,i,o]),P();return}}xn(e,r,o,i,c)}function xn(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var V=[],H=-1,Sn=[],Cn=null,wn=0,Tn=Promise.resolve(),En=null;function Dn(e){let t=En||Tn;return e?t.then(this?e.bind(this):e):t}function On(e){let t=H+1,n=V.length;for(;t<n;){let r=t+n>>>1,i=V[r],a=In(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function kn(e){if(!(e.flags&1)){let t=In(e),n=V[V.length-1];!n||!(e.flags&2)&&t>=In(n)?V.push(e):V.splice(On(t),0,e),e.flags|=1,An()}}function An(){En||(En=Tn.then(Ln))}function jn(e){if(!d(e))Cn&&e.id===-1?Cn.splice(wn+1,0,e):e.flags&1||(Sn.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)Sn.push(e[t]);An()}function Mn(e,t,n,r=H+1){for(;r<V.length;r++){let n=V[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;V.splice(r,1),r=e?r-1:H,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function Nn(e,t,n=0){if(Sn.length){let e=Sn,r=0;if(t){e=[];for(let i=0;i<Sn.length;i++){let a=Sn[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?Sn[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>In(e)-In(t));if(Sn.length=r,Cn){for(let e=0;e<i.length;e++)Cn.push(i[e]);return}for(Cn=i,wn=0;wn<Cn.length;wn++){let e=Cn[wn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}Cn=null,wn=0}}var Pn=!1;function Fn(e,t){if(Pn){e();return}let n=t===void 0?void 0:new Set(Sn);e(),Pn=!0;try{Mn(void 0,t),Nn(void 0,n,t)}finally{Pn=!1}}var In=e=>e.id==null?e.flags&2?-1:1/0:e.id;function Ln(e){try{for(H=0;H<V.length;H++){let e=V[H];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),yn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;H<V.length;H++){let e=V[H];e&&(e.flags&=-2)}H=-1,V.length=0,Nn(e),En=null,(V.length||Sn.length)&&Ln(e)}}var U=null,Rn=null;function zn(e){let t=U;return U=e,Rn=e&&e.type.__scopeId||null,t}function Bn(e,t=U,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&Aa(-1);let i=zn(t),a=Ea.length,o;try{o=e(...n)}finally{for(let e=Ea.length;e>a;e--)Oa();zn(i),r._d&&Aa(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function Vn(e,n){if(U===null)return e;let r=mo(U),i=e.dirs||(e.dirs=[]);for(let e=0;e<n.length;e++){let[a,o,s,c=t]=n[e];a&&(h(a)&&(a={mounted:a,updated:a}),a.deep&&vn(o),i.push({dir:a,instance:r,value:o,oldValue:void 0,arg:s,modifiers:c}))}return e}function Hn(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let c=0;c<a.length;c++){let l=a[c];o?l.oldValue=o[c].value:r===`mounted`&&l.oldValue!==void 0&&(l=s({},l,{oldValue:void 0}));let u=l.dir[r];u&&(N(),B(u,n,8,[e.el,l,i,t]),P())}}function Un(e,t){if(Q){let n=Q.provides,r=Q.parent&&Q.parent.provides;r===n&&(n=Q.provides=Object.create(r)),n[e]=t}}function Wn(e,t,n=!1){let r=$a();if(r||Ni){let i=Ni?Ni._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&h(t)?t.call(r&&r.proxy):t}}var Gn=Symbol.for(`v-scx`),Kn=()=>Wn(Gn);function qn(e,t){return Yn(e,null,t)}function Jn(e,t,n){return Yn(e,t,n)}function Yn(e,n,i=t){let{immediate:a,deep:o,flush:c,once:l}=i,u=s({},i),d=n&&a||!n&&c!==`post`,f;if(ao){if(c===`sync`){let e=Kn();f=e.__watcherHandles||(e.__watcherHandles=[])}else if(!d){let e=()=>{};return e.stop=r,e.resume=r,e.pause=r,e}}let p=Q;u.call=(e,t,n)=>B(e,p,t,n);let m=!1;c===`post`?u.scheduler=e=>{e.i=p,q(e,p&&p.suspense)}:c!==`sync`&&(m=!0,u.scheduler=(e,t)=>{t?e():kn(e)}),u.augmentJob=e=>{n&&(e.flags|=4),m&&(e.flags|=2,p&&(e.id=p.uid,e.i=p))};let h=_n(e,n,u);return ao&&(f?f.push(h):d&&h()),h}function Xn(e,t,n){let r=this.proxy,i=g(e)?e.includes(`.`)?Zn(r,e):()=>r[e]:e.bind(r,r),a;h(t)?a=t:(a=t.handler,n=t);let o=no(this),s=Yn(i,a.bind(r),n);return o(),s}function Zn(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Qn=new WeakMap,$n=Symbol(`_vte`),er=e=>e.__isTeleport,tr=e=>e&&(e.disabled||e.disabled===``),nr=e=>e&&(e.defer||e.defer===``),rr=e=>typeof SVGElement<`u`&&e instanceof SVGElement,ir=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,ar=(e,t)=>{let n=e&&e.to;return g(n)?t?t(n):null:n},or={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=tr(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=tr(e.props),r=e.target=ar(e.props,m),a=dr(r,e,h,p);r&&(o!==`svg`&&rr(r)?o=`svg`:o!==`mathml`&&ir(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),ur(e,!1)))},S=e=>{let t=()=>{if(Qn.get(e)===t){if(Qn.delete(e),tr(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),ur(e,!0)}x(e)}};Qn.set(e,t),q(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),nr(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),ur(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Qn.get(e);if(u){u.flags|=8,Qn.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=tr(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||rr(p)?o=`svg`:(o===`mathml`||ir(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),ga(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):sr(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=ar(t.props,m);e&&(t.target=e,sr(t,e,null,l,0))}else g&&sr(t,p,h,l,1);ur(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=tr(f),m=a||!p,h=Qn.get(e);if(h&&(h.flags|=8,Qn.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:sr,hydrate:cr};function sr(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Qn.has(e)&&(!d||tr(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function cr(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=ar(t.props,c),h=tr(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||dr(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||dr(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),ur(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var lr=or;function ur(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function dr(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[$n]=o,e&&(r(a,e,i),r(o,e,i)),o}var W=Symbol(`_leaveCb`),fr=Symbol(`_enterCb`);function pr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return Br(()=>{e.isMounted=!0}),Ur(()=>{e.isUnmounting=!0}),e}var G=[Function,Array],mr={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:G,onEnter:G,onAfterEnter:G,onEnterCancelled:G,onBeforeLeave:G,onLeave:G,onAfterLeave:G,onLeaveCancelled:G,onBeforeAppear:G,onAppear:G,onAfterAppear:G,onAppearCancelled:G},hr={name:`BaseTransition`,props:mr,setup(e,{slots:t}){let n=$a(),r=pr();return()=>{let i=t.default&&Cr(t.default(),!0),a=i&&i.length?gr(i):n.subTree?Ua():void 0;if(!a)return;let o=L(e),{mode:s}=o;if(r.isLeaving)return br(a);let c=xr(a);if(!c)return br(a);let l=yr(c,o,r,n);c.type!==Y&&Sr(c,l);let u=n.subTree&&xr(n.subTree);if(u&&u.type!==Y&&!Fa(u,c)&&wr(n.subTree)){let e=yr(u,o,r,n);if(Sr(u,e),s===`out-in`&&c.type!==Y)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,kn(e)}else n.update()}delete e.afterLeave,u=void 0},br(a);s===`in-out`&&c.type!==Y?e.delayLeave=(e,t,n)=>{let i=vr(r,u);i[String(u.key)]=u,e[W]=()=>{t(),e[W]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&(u=void 0);return a}}};function gr(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==Y){t=n;break}}return t}var _r=hr;function vr(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function yr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:f,onLeave:p,onAfterLeave:m,onLeaveCancelled:h,onBeforeAppear:g,onAppear:_,onAfterAppear:v,onAppearCancelled:y}=t,b=String(e.key),x=vr(n,e),S=(e,t)=>{e&&B(e,r,9,t)},C=(e,t)=>{let n=t[1];S(e,t),d(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},w={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=g||s;else return}t[W]&&t[W](!0);let a=x[b];if(a&&Fa(e,a)){let e=a.el[W];if(!e){let t=wr(a);e=t&&t.el[W]}e&&e()}S(r,[t])},enter(t){if(x[b]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=_||c,a=v||l,o=y||u;else return}let s=!1;t[fr]=e=>{s||(s=!0,S(e?o:a,[t]),w.delayedLeave&&w.delayedLeave(),t[fr]=void 0)};let d=t[fr].bind(null,!1);r?C(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[fr]&&t[fr](!0),n.isUnmounting)return r();S(f,[t]);let a=!1;t[W]=n=>{a||(a=!0,r(),S(n?h:m,[t]),t[W]=void 0,x[i]===e&&delete x[i])};let o=t[W].bind(null,!1);x[i]=e,p?C(p,[t,o]):o()},clone(e){let i=yr(e,t,n,r);return i.afterLeave=()=>{w.afterLeave&&w.afterLeave()},i.delayLeave=(e,t,n)=>{w.delayLeave?w.delayLeave(e,t,n):n()},i.delayedLeave=()=>{w.delayedLeave&&w.delayedLeave()},i}};return w}function br(e){if(Mr(e))return e=Va(e),e.children=null,e}function xr(e){if(!Mr(e))return er(e.type)&&e.children?gr(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&h(n.default))return n.default()}}function Sr(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;Sr(er(n.type)&&xr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&Sr(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===J&&d(e.children)){let n=Bi(e.children,!1);n&&Sr(n,t)}}function Cr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===J?(o.patchFlag&128&&i++,r=r.concat(Cr(o.children,t,s))):(t||o.type!==Y)&&r.push(s==null?o:Va(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function wr(e){if(e.component)return wr(e.component.subTree);if(e.type===J){let t=d(e.children)&&Bi(e.children,!1);return t?wr(t):void 0}if(e.type!==Y)return e}function Tr(e,t){return h(e)?s({name:e.name},t,{setup:e}):e}function Er(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function Dr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var Or=new WeakMap;function kr(e,n,r,a,o=!1){if(d(e)){e.forEach((e,t)=>kr(e,n&&(d(n)?n[t]:n),r,a,o));return}if(jr(a)&&!o){a.shapeFlag&512&&a.type.__asyncResolved&&a.component.subTree.component&&kr(e,n,r,a.component.subTree);return}let s=a.shapeFlag&4?mo(a.component):a.el,l=o?null:s,{i:f,r:p}=e,m=n&&n.r,_=f.refs===t?f.refs={}:f.refs,v=f.setupState,y=L(v),b=v===t?i:e=>!Dr(_,e)&&u(y,e),x=(e,t)=>!(t&&Dr(_,t));if(m!=null&&m!==p){if(Ar(n),g(m))_[m]=null,b(m)&&(v[m]=null);else if(z(m)){let e=n;x(m,e.k)&&(m.value=null),e.k&&(_[e.k]=null)}}if(h(p))yn(p,f,12,[l,_]);else{let t=g(p),n=z(p);if(t||n){let i=()=>{if(e.f){let n=t?b(p)?v[p]:_[p]:x(p)||!e.k?p.value:_[e.k];if(o)d(n)&&c(n,s);else if(d(n))n.includes(s)||n.push(s);else if(t)_[p]=[s],b(p)&&(v[p]=_[p]);else{let t=[s];x(p,e.k)&&(p.value=t),e.k&&(_[e.k]=t)}}else t?(_[p]=l,b(p)&&(v[p]=l)):n&&(x(p,e.k)&&(p.value=l),e.k&&(_[e.k]=l))};if(l){let t=()=>{i(),Or.delete(e)};t.id=-1,Or.set(e,t),q(t,r)}else Ar(e),i()}}}function Ar(e){let t=Or.get(e);t&&(t.flags|=8,Or.delete(e))}ue().requestIdleCallback,ue().cancelIdleCallback;var jr=e=>!!e.type.__asyncLoader,Mr=e=>e.type.__isKeepAlive;function Nr(e,t){Fr(e,`a`,t)}function Pr(e,t){Fr(e,`da`,t)}function Fr(e,t,n=Q){let r=e.__wdc||(e.__wdc=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()});if(Lr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)Mr(e.parent.vnode)&&Ir(r,t,n,e),e=e.parent}}function Ir(e,t,n,r){let i=Lr(t,e,r,!0),a=Lr(`um`,()=>c(r[t],i),n);a.flags=16}function Lr(e,t,n=Q,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||(t.__weh=(...r)=>{N();let i=no(n),a=B(t,n,e,r);return i(),P(),a});return r?i.unshift(a):i.push(a),a}}var Rr=e=>(t,n=Q)=>{ao&&e!==`sp`||Lr(e,(...e)=>t(...e),n)},zr=Rr(`bm`),Br=Rr(`m`),Vr=Rr(`bu`),Hr=Rr(`u`),Ur=Rr(`bum`),Wr=Rr(`um`),Gr=Rr(`sp`),Kr=Rr(`rtg`),qr=Rr(`rtc`);function Jr(e,t=Q){Lr(`ec`,e,t)}var Yr=`components`,Xr=`directives`;function Zr(e,t){return ti(Yr,e,!0,t)||e}var Qr=Symbol.for(`v-ndc`);function $r(e){return g(e)?ti(Yr,e,!1)||e:e||Qr}function ei(e){return ti(Xr,e)}function ti(e,t,n=!0,r=!1){let i=U||Q;if(i){let n=i.type;if(e===Yr){let e=ho(n,!1);if(e&&(e===t||e===T(t)||e===ie(T(t))))return n}let a=ni(i[e]||n[e],t)||ni(i.appContext[e],t);return!a&&r?n:a}}function ni(e,t){return e&&(e[t]||e[T(t)]||e[ie(T(t))])}function ri(e,t,n,r){let i,a=n&&n[r],o=d(e);if(o||g(e)){let n=o&&Gt(e),r=!1,s=!1;n&&(r=!I(e),s=Kt(e),e=at(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?Yt(R(e[n])):R(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(v(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function ii(e,t){for(let n=0;n<t.length;n++){let r=t[n];if(d(r))for(let t=0;t<r.length;t++)e[r[t].name]=r[t].fn;else r&&(e[r.name]=r.key?(...e)=>{let t=r.fn(...e);return t&&(t.key=r.key),t}:r.fn)}return e}function ai(e,t,n,r,i,a){if(n==null&&(n={}),U.ce||U.parent&&jr(U.parent)&&U.parent.ce){let e=a!=null&&n.key==null?s({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),Da(),Na(J,null,[Z(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let c=Ea.length;Da();let l;try{let i=o&&oi(o(n)),s=n.key||a||i&&i.key;l=Na(J,{key:(s&&!_(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=Ea.length;e>c;e--)Oa();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&l.scopeId&&(l.slotScopeIds=[l.scopeId+`-s`]),l}function oi(e){return e.some(e=>!Pa(e)||!(e.type===Y||e.type===J&&!oi(e.children)))?e:null}function si(e,t){let n={};for(let r in e)n[t&&/[A-Z]/.test(r)?`on:${r}`:ae(r)]=e[r];return n}var ci=e=>e?io(e)?mo(e):ci(e.parent):null,li=s(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>ci(e.parent),$root:e=>ci(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>xi(e),$forceUpdate:e=>e.f||(e.f=()=>{kn(e.update)}),$nextTick:e=>e.n||(e.n=Dn.bind(e.proxy)),$watch:e=>Xn.bind(e)}),ui=(e,n)=>e!==t&&!e.__isScriptSetup&&u(e,n),di={get({_:e},n){if(n===`__v_skip`)return!0;let{ctx:r,setupState:i,data:a,props:o,accessCache:s,type:c,appContext:l}=e;if(n[0]!==`$`){let e=s[n];if(e!==void 0)switch(e){case 1:return i[n];case 2:return a[n];case 4:return r[n];case 3:return o[n]}else if(ui(i,n))return s[n]=1,i[n];else if(a!==t&&u(a,n))return s[n]=2,a[n];else if(u(o,n))return s[n]=3,o[n];else if(r!==t&&u(r,n))return s[n]=4,r[n];else gi&&(s[n]=0)}let d=li[n],f,p;if(d)return n===`$attrs`&&F(e.attrs,`get`,``),d(e);if((f=c.__cssModules)&&(f=f[n]))return f;if(r!==t&&u(r,n))return s[n]=4,r[n];if(p=l.config.globalProperties,u(p,n))return p[n]},set({_:e},n,r){let{data:i,setupState:a,ctx:o}=e;return ui(a,n)?(a[n]=r,!0):i!==t&&u(i,n)?(i[n]=r,!0):u(e.props,n)||n[0]===`$`&&n.slice(1)in e?!1:(o[n]=r,!0)},has({_:{data:e,setupState:n,accessCache:r,ctx:i,appContext:a,props:o,type:s}},c){let l;return!!(r[c]||e!==t&&c[0]!==`$`&&u(e,c)||ui(n,c)||u(o,c)||u(i,c)||u(li,c)||u(a.config.globalProperties,c)||(l=s.__cssModules)&&l[c])},defineProperty(e,t,n){return n.get==null?u(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function fi(){return mi(`useSlots`).slots}function pi(){return mi(`useAttrs`).attrs}function mi(e){let t=$a();return t.setupContext||(t.setupContext=po(t))}function hi(e){return d(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var gi=!0;function _i(e){let t=xi(e),n=e.proxy,i=e.ctx;gi=!1,t.beforeCreate&&yi(t.beforeCreate,e,`bc`);let{data:a,computed:o,methods:s,watch:c,provide:l,inject:u,created:f,beforeMount:p,mounted:m,beforeUpdate:g,updated:_,activated:y,deactivated:b,beforeDestroy:x,beforeUnmount:S,destroyed:C,unmounted:w,render:ee,renderTracked:te,renderTriggered:ne,errorCaptured:T,serverPrefetch:re,expose:E,inheritAttrs:ie,components:ae,directives:D,filters:oe}=t;if(u&&vi(u,i,null),s)for(let e in s){let t=s[e];h(t)&&(i[e]=t.bind(n))}if(a){let t=a.call(n,n);v(t)&&(e.data=Bt(t))}if(gi=!0,o)for(let e in o){let t=o[e],a=_o({get:h(t)?t.bind(n,n):h(t.get)?t.get.bind(n,n):r,set:!h(t)&&h(t.set)?t.set.bind(n):r});Object.defineProperty(i,e,{enumerable:!0,configurable:!0,get:()=>a.value,set:e=>a.value=e})}if(c)for(let e in c)bi(c[e],i,n,e);if(l){let e=h(l)?l.call(n):l;Reflect.ownKeys(e).forEach(t=>{Un(t,e[t])})}f&&yi(f,e,`c`);function O(e,t){d(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(O(zr,p),O(Br,m),O(Vr,g),O(Hr,_),O(Nr,y),O(Pr,b),O(Jr,T),O(qr,te),O(Kr,ne),O(Ur,S),O(Wr,w),O(Gr,re),d(E)){if(E.length){let t=e.exposed||(e.exposed={});E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||(e.exposed={})}ee&&e.render===r&&(e.render=ee),ie!=null&&(e.inheritAttrs=ie),ae&&(e.components=ae),D&&(e.directives=D),re&&Er(e)}function vi(e,t,n=r){d(e)&&(e=Ei(e));for(let n in e){let r=e[n],i;i=v(r)?`default`in r?Wn(r.from||n,r.default,!0):Wn(r.from||n):Wn(r),z(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function yi(e,t,n){B(d(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function bi(e,t,n,r){let i=r.includes(`.`)?Zn(n,r):()=>n[r];if(g(e)){let n=t[e];h(n)&&Jn(i,n)}else if(h(e))Jn(i,e.bind(n));else if(v(e)){if(d(e))e.forEach(e=>bi(e,t,n,r));else{let r=h(e.handler)?e.handler.bind(n):t[e.handler];h(r)&&Jn(i,r,e)}}}function xi(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>Si(c,e,o,!0)),Si(c,t,o)),v(t)&&a.set(t,c),c}function Si(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&Si(e,a,n,!0),i&&i.forEach(t=>Si(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=Ci[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var Ci={data:wi,props:Oi,emits:Oi,methods:Di,computed:Di,beforeCreate:K,created:K,beforeMount:K,mounted:K,beforeUpdate:K,updated:K,beforeDestroy:K,beforeUnmount:K,destroyed:K,unmounted:K,activated:K,deactivated:K,errorCaptured:K,serverPrefetch:K,components:Di,directives:Di,watch:ki,provide:wi,inject:Ti};function wi(e,t){return t?e?function(){return s(h(e)?e.call(this,this):e,h(t)?t.call(this,this):t)}:t:e}function Ti(e,t){return Di(Ei(e),Ei(t))}function Ei(e){if(d(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function K(e,t){return e?[...new Set([].concat(e,t))]:t}function Di(e,t){return e?s(Object.create(null),e,t):t}function Oi(e,t){return e?d(e)&&d(t)?[...new Set([...e,...t])]:s(Object.create(null),hi(e),hi(t==null?{}:t)):t}function ki(e,t){if(!e)return t;if(!t)return e;let n=s(Object.create(null),e);for(let r in t)n[r]=K(e[r],t[r]);return n}function Ai(){return{app:null,config:{isNativeTag:i,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var ji=0;function Mi(e,t){return function(n,r=null){h(n)||(n=s({},n)),r!=null&&!v(r)&&(r=null);let i=Ai(),a=new WeakSet,o=[],c=!1,l=i.app={_uid:ji++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:yo,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&h(e.install)?(a.add(e),e.install(l,...t)):h(e)&&(a.add(e),e(l,...t))),l},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),l},component(e,t){return t?(i.components[e]=t,l):i.components[e]},directive(e,t){return t?(i.directives[e]=t,l):i.directives[e]},mount(a,o,s){if(!c){let u=l._ceVNode||Z(n,r);return u.appContext=i,s===!0?s=`svg`:s===!1&&(s=void 0),o&&t?t(u,a):e(u,a,s),c=!0,l._container=a,a.__vue_app__=l,mo(u.component)}},onUnmount(e){o.push(e)},unmount(){c&&(B(o,l._instance,16),e(null,l._container),delete l._container.__vue_app__)},provide(e,t){return i.provides[e]=t,l},runWithContext(e){let t=Ni;Ni=l;try{return e()}finally{Ni=t}}};return l}}var Ni=null,Pi=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${T(t)}Modifiers`]||e[`${E(t)}Modifiers`];function Fi(e,n,...r){if(e.isUnmounted)return;let i=e.vnode.props||t,a=r,o=n.startsWith(`update:`),s=o&&Pi(i,n.slice(7));s&&(s.trim&&(a=r.map(e=>g(e)?e.trim():e)),s.number&&(a=a.map(se)));let c,l=i[c=ae(n)]||i[c=ae(T(n))];!l&&o&&(l=i[c=ae(E(n))]),l&&B(l,e,6,a);let u=i[c+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[c])return;e.emitted[c]=!0,B(u,e,6,a)}}var Ii=new WeakMap;function Li(e,t,n=!1){let r=n?Ii:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},c=!1;if(!h(e)){let r=e=>{let n=Li(e,t,!0);n&&(c=!0,s(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!c?(v(e)&&r.set(e,null),null):(d(a)?a.forEach(e=>o[e]=null):s(o,a),v(e)&&r.set(e,o),o)}function Ri(e,t){return!e||!a(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),u(e,t[0].toLowerCase()+t.slice(1))||u(e,E(t))||u(e,t))}function zi(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:s,attrs:c,emit:l,render:u,renderCache:d,props:f,data:p,setupState:m,ctx:h,inheritAttrs:g}=e,_=zn(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=Wa(u.call(t,e,d,f,m,p,h)),y=c}else{let e=t;v=Wa(e.length>1?e(f,{attrs:c,slots:s,emit:l}):e(f,null)),y=t.props?c:Vi(c)}}catch(t){Ea.length=0,bn(t,e,1),v=Z(Y)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(o)&&(y=Hi(y,a)),b=Va(b,y,!1,!0))}return n.dirs&&(b=Va(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&Sr(er(b.type)&&xr(b)||b,n.transition),v=b,zn(_),v}function Bi(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(Pa(r)){if(r.type!==Y||r.children===`v-if`){if(n)return;n=r}}else return}return n}var Vi=e=>{let t;for(let n in e)(n===`class`||n===`style`||a(n))&&((t||(t={}))[n]=e[n]);return t},Hi=(e,t)=>{let n={};for(let r in e)o(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Ui(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?Wi(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Gi(o,r,n)&&!Ri(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||Wi(r,o,l):!!o;return!1}function Wi(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!u(e,a)||Gi(t,e,a)&&!Ri(n,a))return!0}return!1}function Gi(e,t,n){let r=e[n],i=t[n];return n===`style`&&v(r)&&v(i)?!Ce(r,i):r!==i}function Ki({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var qi={},Ji=()=>Object.create(qi),Yi=e=>Object.getPrototypeOf(e)===qi;function Xi(e,t,n,r=!1){let i={},a=Ji();e.propsDefaults=Object.create(null),Qi(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:Vt(i):e.type.props?i:a,e.attrs=a}function Zi(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=L(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(Ri(e.emitsOptions,o))continue;let d=t[o];if(c){if(u(a,o))d!==a[o]&&(a[o]=d,l=!0);else{let t=T(o);i[t]=$i(c,s,t,d,e,!1)}}else d!==a[o]&&(a[o]=d,l=!0)}}}else{Qi(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(u(t,a)||(r=E(a))!==a&&u(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=$i(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&u(t,e)||(delete a[e],l=!0)}l&&nt(e.attrs,`set`,``)}function Qi(e,n,r,i){let[a,o]=e.propsOptions,s=!1,c;if(n)for(let t in n){if(ee(t))continue;let l=n[t],d;a&&u(a,d=T(t))?!o||!o.includes(d)?r[d]=l:(c||(c={}))[d]=l:Ri(e.emitsOptions,t)||t in i&&l===i[t]||(i[t]=l,s=!0)}if(o){let n=L(r),i=c||t;for(let t=0;t<o.length;t++){let s=o[t];r[s]=$i(a,n,s,i[s],e,!u(i,s))}}return s}function $i(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=u(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&h(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=no(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===E(n))&&(r=!0))}return r}var ea=new WeakMap;function ta(e,r,i=!1){let a=i?ea:r.propsCache,o=a.get(e);if(o)return o;let c=e.props,l={},f=[],p=!1;if(!h(e)){let t=e=>{p=!0;let[t,n]=ta(e,r,!0);s(l,t),n&&f.push(...n)};!i&&r.mixins.length&&r.mixins.forEach(t),e.extends&&t(e.extends),e.mixins&&e.mixins.forEach(t)}if(!c&&!p)return v(e)&&a.set(e,n),n;if(d(c))for(let e=0;e<c.length;e++){let n=T(c[e]);na(n)&&(l[n]=t)}else if(c)for(let e in c){let t=T(e);if(na(t)){let n=c[e],r=l[t]=d(n)||h(n)?{type:n}:s({},n),i=r.type,a=!1,o=!0;if(d(i))for(let e=0;e<i.length;++e){let t=i[e],n=h(t)&&t.name;if(n===`Boolean`){a=!0;break}n===`String`&&(o=!1)}else a=h(i)&&i.name===`Boolean`;r[0]=a,r[1]=o,(a||u(r,`default`))&&f.push(t)}}let m=[l,f];return v(e)&&a.set(e,m),m}function na(e){return e[0]!==`$`&&!ee(e)}var ra=e=>e===`_`||e===`_ctx`||e===`$stable`,ia=e=>d(e)?e.map(Wa):[Wa(e)],aa=(e,t,n)=>{if(t._n)return t;let r=Bn((...e)=>ia(t(...e)),n);return r._c=!1,r},oa=(e,t,n)=>{let r=e._ctx;for(let n in e){if(ra(n))continue;let i=e[n];if(h(i))t[n]=aa(n,i,r);else if(i!=null){let e=ia(i);t[n]=()=>e}}},sa=(e,t)=>{let n=ia(t);e.slots.default=()=>n},ca=(e,t,n)=>{for(let r in t)(n||!ra(r))&&(e[r]=t[r])},la=(e,t,n)=>{let r=e.slots=Ji();if(e.vnode.shapeFlag&32){let e=t._;e?(ca(r,t,n),n&&O(r,`_`,e,!0)):oa(t,r)}else t&&sa(e,t)},ua=(e,n,r)=>{let{vnode:i,slots:a}=e,o=!0,s=t;if(i.shapeFlag&32){let e=n._;e?r&&e===1?o=!1:ca(a,n,r):(o=!n.$stable,oa(n,a)),s=n}else n&&(sa(e,n),s={default:1});if(o)for(let e in a)!ra(e)&&s[e]==null&&delete a[e]},q=Ca;function da(e){return fa(e)}function fa(e,i){let a=ue();a.__VUE__=!0;let{insert:o,remove:s,patchProp:c,createElement:l,createText:u,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=r,insertStaticContent:_}=e,v=(e,t,r,i=null,a=null,o=null,s=void 0,c=null,l=!!t.dynamicChildren)=>{if(e===t)return;e&&!Fa(e,t)&&(i=ye(e),k(e,a,o,!0),e=null),t.patchFlag===-2&&(l=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===n&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case wa:y(e,t,r,i);break;case Y:b(e,t,r,i);break;case Ta:e==null&&x(t,r,i,s);break;case J:ae(e,t,r,i,a,o,s,c,l);break;default:f&1?w(e,t,r,i,a,o,s,c,l):f&6?D(e,t,r,i,a,o,s,c,l):(f&64||f&128)&&u.process(e,t,r,i,a,o,s,c,l,xe)}d!=null&&a?kr(d,e&&e.ref,o,t||e,!t):d==null&&e&&e.ref!=null&&kr(e.ref,null,o,e,!0)},y=(e,t,n,r)=>{if(e==null)o(t.el=u(t.children),n,r);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,r)=>{e==null?o(t.el=d(t.children||``),n,r):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,r)=>{let i;for(;e&&e!==t;)i=h(e),o(e,n,r),e=i;o(t,n,r)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),s(e),e=n;s(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)te(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),re(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},te=(e,t,n,r,i,a,s,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=l(e.type,a,m&&m.is,m),h&8?p(d,e.children):h&16&&T(e.children,d,null,r,i,pa(e,a),s,u),_&&Hn(e,null,r,`created`),ne(d,e,e.scopeId,s,r),m){for(let e in m)e!==`value`&&!ee(e)&&c(d,e,null,m[e],a,r);`value`in m&&c(d,`value`,null,m.value,a),(f=m.onVnodeBeforeMount)&&Ja(f,r,e)}_&&Hn(e,null,r,`beforeMount`);let v=ha(i,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[Sa]=!0),o(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&q(()=>{try{f&&Ja(f,r,e),v&&g.enter(d),_&&Hn(e,null,r,`mounted`)}finally{}},i)},ne=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||xa(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;ne(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},T=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?Ga(e[l]):Wa(e[l]);v(null,c,t,n,r,i,a,o,s)}},re=(e,n,r,i,a,o,s)=>{let l=n.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=n;u|=e.patchFlag&16;let m=e.props||t,h=n.props||t,g;if(r&&ma(r,!1),(g=h.onVnodeBeforeUpdate)&&Ja(g,r,n,e),f&&Hn(n,e,r,`beforeUpdate`),r&&ma(r,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?E(e.dynamicChildren,d,l,r,i,pa(n,a),o):s||de(e,n,l,null,r,i,pa(n,a),o,!1),u>0){if(u&16)ie(l,m,h,r,a);else if(u&2&&m.class!==h.class&&c(l,`class`,null,h.class,a),u&4&&c(l,`style`,m.style,h.style,a),u&8){let e=n.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t],i=m[n],o=h[n];(o!==i||n===`value`)&&c(l,n,i,o,a,r)}}u&1&&e.children!==n.children&&p(l,n.children)}else!s&&d==null&&ie(l,m,h,r,a);((g=h.onVnodeUpdated)||f)&&q(()=>{g&&Ja(g,r,n,e),f&&Hn(n,e,r,`updated`)},i)},E=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||ba(c),d=u&&(c.type===J||!Fa(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},ie=(e,n,r,i,a)=>{if(n!==r){if(n!==t)for(let t in n)!ee(t)&&!(t in r)&&c(e,t,n[t],null,a,i);for(let t in r){if(ee(t))continue;let o=r[t],s=n[t];o!==s&&t!==`value`&&c(e,t,s,o,a,i)}`value`in r&&c(e,`value`,n.value,r.value,a)}},ae=(e,t,n,r,i,a,s,c,l)=>{let d=t.el=e?e.el:u(``),f=t.anchor=e?e.anchor:u(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(c=c?c.concat(h):h),e==null?(o(d,n,r),o(f,n,r),T(t.children||[],n,f,i,a,s,c,l)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(E(e.dynamicChildren,m,n,i,a,s,c),(t.key!=null||i&&t===i.subTree)&&ga(e,t,!0)):de(e,t,n,f,i,a,s,c,l)},D=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):O(t,n,r,i,a,o,c):se(e,t,c)},O=(e,t,n,r,i,a,o)=>{let s=e.component=Qa(e,r,i);if(Mr(e)&&(s.ctx.renderer=xe),oo(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ce,o,a),!e.el){let r=s.subTree=Z(Y);b(null,r,t,n),e.placeholder=r.el}}else ce(s,e,t,n,i,a,o)},se=(e,t,n)=>{let r=t.component=e.component;if(Ui(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,le(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ce=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=va(e);if(n){t&&(t.el=c.el,le(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?q(t,i):l())};t.flags=48,q(t,i)});return}}let u=t,d;ma(e,!1),t?(t.el=c.el,le(e,t,o)):t=c,n&&oe(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&Ja(d,s,t,c),ma(e,!0);let f=zi(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||ba(p)),ye(p),e,i,a),t.el=f.el,u===null&&Ki(e,f.el),r&&q(r,i),(d=t.props&&t.props.onVnodeUpdated)&&q(()=>Ja(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=jr(t);if(ma(e,!1),l&&oe(l),!m&&(o=c&&c.onVnodeBeforeMount)&&Ja(o,d,t),ma(e,!0),s&&Ce){let t=()=>{e.subTree=zi(e),Ce(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=zi(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&q(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;q(()=>Ja(o,d,e),i)}(t.shapeFlag&256||d&&jr(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&q(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new Ne(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>kn(u),ma(e,!0),l()},le=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,Zi(e,t.props,r,n),ua(e,t.children,n),N(),Mn(e),P()},de=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){pe(l,d,n,r,i,a,o,s,c);return}if(f&256){fe(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&ve(l,i,a),d!==l&&p(n,d)):u&16?m&16?pe(l,d,n,r,i,a,o,s,c):ve(l,i,a,!0):(u&8&&p(n,``),m&16&&T(d,n,r,i,a,o,s,c))},fe=(e,t,r,i,a,o,s,c,l)=>{e=e||n,t=t||n;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let n=t[p]=l?Ga(t[p]):Wa(t[p]);v(e[p],n,r,null,a,o,s,c,l)}u>d?ve(e,a,o,!0,!1,f):T(t,r,i,a,o,s,c,l,f)},pe=(e,t,r,i,a,o,s,c,l)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let n=e[u],i=t[u]=l?Ga(t[u]):Wa(t[u]);if(Fa(n,i))v(n,i,r,null,a,o,s,c,l);else break;u++}for(;u<=f&&u<=p;){let n=e[f],i=t[p]=l?Ga(t[p]):Wa(t[p]);if(Fa(n,i))v(n,i,r,null,a,o,s,c,l);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,n=e<d?t[e].el:i;for(;u<=p;)v(null,t[u]=l?Ga(t[u]):Wa(t[u]),r,n,a,o,s,c,l),u++}}else if(u>p)for(;u<=f;)k(e[u],a,o,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=l?Ga(t[u]):Wa(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let n=e[u];if(y>=b){k(n,a,o,!0);continue}let i;if(n.key!=null)i=g.get(n.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&Fa(n,t[_])){i=_;break}i===void 0?k(n,a,o,!0):(C[i-h]=u+1,i>=S?S=i:x=!0,v(n,t[i],r,null,a,o,s,c,l),y++)}let w=x?_a(C):n;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,n=t[e],f=t[e+1],p=e+1<d?f.el||ba(f):i;C[u]===0?v(null,n,r,p,a,o,s,c,l):x&&(_<0||u!==w[_]?me(n,r,p,2):_--)}}},me=(e,t,n,r,i=null)=>{let{el:a,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)me(e.component.subTree,t,n,r);else if(d&128)e.suspense.move(t,n,r);else if(d&64)c.move(e,t,n,xe);else if(c===J){o(a,t,n);for(let e=0;e<u.length;e++)me(u[e],t,n,r);o(e.anchor,t,n)}else if(c===Ta)S(e,t,n);else if(r!==2&&d&1&&l){if(r===0)l.persisted&&!a[W]?o(a,t,n):(l.beforeEnter(a),o(a,t,n),q(()=>l.enter(a),i));else{let{leave:r,delayLeave:i,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?s(a):o(a,t,n)},d=()=>{let e=a._isLeaving||!!a[W];a._isLeaving&&a[W](!0),l.persisted&&!e?u():r(a,()=>{u(),c&&c()})};i?i(a,u,d):d()}}else o(a,t,n)},k=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(N(),kr(s,null,n,e,!0),P()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!jr(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&Ja(_,t,e),u&6)_e(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&Hn(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,xe,r):l&&!l.hasOnce&&(a!==J||d>0&&d&64)?ve(l,t,n,!1,!0):(a===J&&d&384||!i&&u&16)&&ve(c,t,n),r&&he(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&q(()=>{_&&Ja(_,t,e),h&&Hn(e,null,t,`unmounted`),v&&(e.el=null)},n)},he=e=>{let{type:t,el:n,anchor:r,transition:i}=e,a=t===J;if(a&&!i){ge(n,r);return}if(t===Ta){C(e),i&&!i.persisted&&i.afterLeave&&i.afterLeave();return}let o=a?wr(e):e,c=()=>{a?m(n)&&ge(n,r):s(n),i&&!i.persisted&&i.afterLeave&&i.afterLeave()};if(o&&o.shapeFlag&1&&i&&!i.persisted){let{leave:e,delayLeave:t}=i,n=o.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},ge=(e,t)=>{let n;for(;e!==t;)n=h(e),s(e),e=n;s(t)},_e=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;ya(c),ya(l),r&&oe(r),i.stop(),a?(a.flags|=8,k(o,e,t,n)):o&&(o.transition=e.vnode.transition,k(o,e,t,n)),s&&q(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,q(u,t)},ve=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)k(e[o],t,n,r,i)},ye=e=>{if(e.shapeFlag&6)return ye(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[$n];return n?h(n):t},be=(e,t,n)=>{Fn(()=>{e==null?t._vnode&&k(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:Za())},xe={p:v,um:k,m:me,r:he,mt:O,mc:T,pc:de,pbc:E,n:ye,o:e},Se,Ce;return i&&([Se,Ce]=i(xe)),{render:be,hydrate:Se,createApp:Mi(be,Se)}}function pa({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function ma({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function ha(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function ga(e,t,n=!1){let r=e.children,i=t.children;if(d(r)&&d(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=Ga(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&ga(t,a)),a.type===wa&&(a.patchFlag===-1&&(a=i[e]=Ga(a)),a.el=t.el),a.type===Y&&!a.el&&(a.el=t.el)}}function _a(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function va(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:va(t)}function ya(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function ba(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return ba(t.subTree);let n=e.suspense;return n&&n.activeBranch?ba(n.activeBranch):null}var xa=e=>e.__isSuspense,Sa=Symbol(`_deferredEnter`);function Ca(e,t){t&&t.pendingBranch?d(e)?t.effects.push(...e):t.effects.push(e):jn(e)}var J=Symbol.for(`v-fgt`),wa=Symbol.for(`v-txt`),Y=Symbol.for(`v-cmt`),Ta=Symbol.for(`v-stc`),Ea=[],X=null;function Da(e=!1){Ea.push(X=e?null:[])}function Oa(){Ea.pop(),X=Ea[Ea.length-1]||null}var ka=1;function Aa(e,t=!1){ka+=e,e<0&&X&&t&&(X.hasOnce=!0)}function ja(e){return e.dynamicChildren=ka>0?X||n:null,Oa(),ka>0&&X&&X.push(e),e}function Ma(e,t,n,r,i,a){return ja(Ra(e,t,n,r,i,a,!0))}function Na(e,t,n,r,i){return ja(Z(e,t,n,r,i,!0))}function Pa(e){return e?e.__v_isVNode===!0:!1}function Fa(e,t){return e.type===t.type&&e.key===t.key}var Ia=({key:e})=>e==null?null:e,La=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:g(e)||z(e)||h(e)?{i:U,r:e,k:t,f:!!n}:e);function Ra(e,t=null,n=null,r=0,i=null,a=e===J?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&Ia(t),ref:t&&La(t),scopeId:Rn,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:U};return s?(Ka(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=g(n)?8:16),ka>0&&!o&&X&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&X.push(c),c}var Z=za;function za(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==Qr||(e=Y),Pa(e)){let r=Va(e,t,!0);return n&&Ka(r,n),ka>0&&!a&&X&&(r.shapeFlag&6?X[X.indexOf(e)]=r:X.push(r)),r.patchFlag=-2,r}if(go(e)&&(e=e.__vccOpts),t){t=Ba(t);let{class:e,style:n}=t;e&&!g(e)&&(t.class=he(e)),v(n)&&(qt(n)&&!d(n)&&(n=s({},n)),t.style=de(n))}let o=g(e)?1:xa(e)?128:er(e)?64:v(e)?4:h(e)?2:0;return Ra(e,t,n,r,i,o,a,!0)}function Ba(e){return e?qt(e)?s({},e):Yi(e)?s({},e[uo]||e):e:null}function Va(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?qa(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&Ia(l),ref:t&&t.ref?n&&a?d(a)?a.concat(La(t)):[a,La(t)]:La(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==J?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&Va(e.ssContent),ssFallback:e.ssFallback&&Va(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&Sr(u,c.clone(u)),u}function Ha(e=` `,t=0){return Z(wa,null,e,t)}function Ua(e=``,t=!1){return t?(Da(),Na(Y,null,e)):Z(Y,null,e)}function Wa(e){return e==null||typeof e==`boolean`?Z(Y):d(e)?Z(J,null,e.slice()):Pa(e)?Ga(e):Z(wa,null,String(e))}function Ga(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:Va(e)}function Ka(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(d(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Ka(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!Yi(t)?t._ctx=U:r===3&&U&&(U.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(h(t)){if(r&65){Ka(e,{default:t});return}t={default:t,_ctx:U},n=32}else t=String(t),r&64?(n=16,t=[Ha(t)]):n=8;e.children=t,e.shapeFlag|=n}function qa(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=he([t.class,r.class]));else if(e===`style`)t.style=de([t.style,r.style]);else if(a(e)){let n=t[e],i=r[e];i&&n!==i&&!(d(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!o(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function Ja(e,t,n,r=null){B(e,t,7,[n,r])}var Ya=Ai(),Xa=0;function Za(){return Xa}function Qa(e,n,r){let i=e.type,a=(n?n.appContext:e.appContext)||Ya,o={uid:Xa++,vnode:e,type:i,parent:n,appContext:a,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new ke(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:n?n.provides:Object.create(a.provides),ids:n?n.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:ta(i,a),emitsOptions:Li(i,a),emit:null,emitted:null,propsDefaults:t,inheritAttrs:i.inheritAttrs,ctx:t,data:t,props:t,attrs:t,slots:t,refs:t,setupState:t,setupContext:null,suspense:r,suspenseId:r?r.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return o.ctx={_:o},o.root=n?n.root:o,o.emit=Fi.bind(null,o),e.ce&&e.ce(o),o}var Q=null,$a=()=>Q||U,eo,to;{let e=ue(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};eo=t(`__VUE_INSTANCE_SETTERS__`,e=>Q=e),to=t(`__VUE_SSR_SETTERS__`,e=>ao=e)}var no=e=>{let t=Q;return eo(e),e.scope.on(),()=>{e.scope.off(),eo(t)}},ro=()=>{Q&&Q.scope.off(),eo(null)};function io(e){return e.vnode.shapeFlag&4}var ao=!1;function oo(e,t=!1,n=!1){t&&to(t);let{props:r,children:i}=e.vnode,a=io(e);Xi(e,r,a,t),la(e,i,n||t);let o=a?so(e,t):void 0;return t&&to(!1),o}function so(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,di);let{setup:r}=n;if(r){N();let n=e.setupContext=r.length>1?po(e):null,i=no(e),a=yn(r,e,0,[e.props,n]),o=y(a);if(P(),i(),(o||e.sp)&&!jr(e)&&Er(e),o){if(a.then(ro,ro),t)return a.then(n=>{to(!0);try{co(e,n,t)}finally{to(!1)}}).catch(t=>{bn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else co(e,a,t)}else lo(e,t)}function co(e,t,n){h(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:v(t)&&(e.setupState=an(t)),lo(e,n)}function lo(e,t,n){let i=e.type;e.render||(e.render=i.render||r);{let t=no(e);N();try{_i(e)}finally{P(),t()}}}var uo=Symbol(),fo={get(e,t){return F(e,`get`,``),t===uo?e:e[t]}};function po(e){return{attrs:new Proxy(e.attrs,fo),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function mo(e){return e.exposed?e.exposeProxy||(e.exposeProxy=new Proxy(an(Jt(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in li)return li[n](e)},has(e,t){return t in e||t in li}})):e.proxy}function ho(e,t=!0){return h(e)?e.displayName||e.name:e.name||t&&e.__name}function go(e){return h(e)&&`__vccOpts`in e}var _o=(e,t)=>fn(e,t,ao);function vo(e,t,n){try{Aa(-1);let r=arguments.length;return r===2?v(t)&&!d(t)?Pa(t)?Z(e,null,[t]):Z(e,t):Z(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&Pa(n)&&(n=[n]),Z(e,t,n))}finally{Aa(1)}}var yo=`3.5.45`,bo=r,xo=class extends Error{constructor(e,t){super(t),this.name=`ApiError`,this.code=e}},So=`xuefa.token`;function Co(){try{return localStorage.getItem(So)}catch{return null}}function wo(e){try{e?localStorage.setItem(So,e):localStorage.removeItem(So)}catch{}}var To=null;function Eo(e){To=e}var Do=e=>new Promise(t=>setTimeout(t,e));function Oo(e,t){let n=t?Number(t):NaN;if(Number.isFinite(n)&&n>0)return Math.min(n,30)*1e3;let r=500*2**e;return Math.min(r,8e3)*(.75+Math.random()*.5)}async function ko(e,t){var n;let r=(n=t.busyRetries)==null?5:n;for(let n=0;;n++){var i,a,o;let s;try{s=await fetch(`/graphql`,{...e(),signal:t.signal})}catch(e){throw(e==null?void 0:e.name)===`AbortError`?e:new xo(`NETWORK`,`网络连接中断，请检查网络后重试`)}jo(s.headers.get(`Date`));let c=null;try{c=await s.json()}catch{c=null}let l=c==null||(i=c.errors)==null?void 0:i[0],u=(a=l==null||(o=l.extensions)==null?void 0:o.code)==null?s.status===503?`BUSY`:void 0:a;if(u===`BUSY`&&n<r)await Do(Oo(n,s.headers.get(`Retry-After`)));else{if(l){let e=u==null?`INTERNAL`:u;throw(e===`UNAUTHENTICATED`||e===`PASSWORD_CHANGE_REQUIRED`)&&To&&Co()&&To(e),new xo(e,l.message)}if(!s.ok||!c||c.data==null)throw s.status===503?new xo(`BUSY`,`服务器繁忙，请稍后再试`):new xo(`INTERNAL`,`服务器暂时无法处理请求（HTTP ${s.status}），请稍后再试`);return c.data}}}var Ao=0;function jo(e){let t=e?Date.parse(e):NaN;Number.isFinite(t)&&(Ao=t+500-Date.now())}function Mo(){return Date.now()+Ao}function No(){let e=Co();return e?{Authorization:`Bearer ${e}`}:{}}function Po(e,t,n={}){let r=JSON.stringify({query:e.toString(),variables:t==null?{}:t});return ko(()=>({method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...No()},body:r}),n)}function Fo(e,t,n,r,i={}){return ko(()=>{let i=new FormData;return i.append(`operations`,JSON.stringify({query:e.toString(),variables:{...t,[n]:null}})),i.append(`map`,JSON.stringify({0:[`variables.${n}`]})),i.append(`0`,r,r.name),{method:`POST`,headers:{Accept:`application/json`,"GraphQL-Preflight":`1`,...No()},body:i}},i)}function Io(e){return e instanceof xo?e.message:`出现意外错误，请刷新页面后重试`}var $=class extends String{constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Lo={"\n  mutation AdminLogin($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      mustChangePassword\n    }\n  }\n":new $(`
    mutation AdminLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    mustChangePassword
  }
}
    `),"\n  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new $(`
    mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation AdminLogout {\n    logout\n  }\n":new $(`
    mutation AdminLogout {
  logout
}
    `),"\n  query ConsoleContext {\n    me { id name phone }\n    consoleContext {\n      role\n      masksPhones\n      sections\n      home { id name level manageable }\n      breadcrumb { id name level manageable }\n    }\n    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }\n  }\n":new $(`
    query ConsoleContext {
  me {
    id
    name
    phone
  }
  consoleContext {
    role
    masksPhones
    sections
    home {
      id
      name
      level
      manageable
    }
    breadcrumb {
      id
      name
      level
      manageable
    }
  }
  currentCampaign {
    id
    year
    title
    passScore
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
    durationMinutes
    studyStart
  }
}
    `),"\n  query Breadcrumb($nodeId: ID!) {\n    breadcrumb(nodeId: $nodeId) { id name level manageable }\n  }\n":new $(`
    query Breadcrumb($nodeId: ID!) {
  breadcrumb(nodeId: $nodeId) {
    id
    name
    level
    manageable
  }
}
    `),"\n  query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      nodeId\n      name\n      isUnit\n      shouldTake\n      studyCompleted\n      participated\n      passed\n      participationRate\n      passRate\n      deduction\n      deductionUnits\n      children(orderBy: $orderBy, descending: $descending) {\n        nodeId\n        name\n        isUnit\n        shouldTake\n        studyCompleted\n        participated\n        passed\n        participationRate\n        passRate\n        deduction\n        deductionUnits\n      }\n    }\n    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }\n  }\n":new $(`
    query Dashboard($campaignId: ID!, $nodeId: ID!, $orderBy: StatsOrder!, $descending: Boolean!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    nodeId
    name
    isUnit
    shouldTake
    studyCompleted
    participated
    passed
    participationRate
    passRate
    deduction
    deductionUnits
    children(orderBy: $orderBy, descending: $descending) {
      nodeId
      name
      isUnit
      shouldTake
      studyCompleted
      participated
      passed
      participationRate
      passRate
      deduction
      deductionUnits
    }
  }
  dailyProgress(campaignId: $campaignId, nodeId: $nodeId) {
    day
    studyCompleted
    participated
    passed
  }
}
    `),"\n  mutation CreateDownloadLink($input: DownloadInput!) {\n    createDownloadLink(input: $input) { url expiresAt }\n  }\n":new $(`
    mutation CreateDownloadLink($input: DownloadInput!) {
  createDownloadLink(input: $input) {
    url
    expiresAt
  }
}
    `),"\n  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id\n          name\n          phone\n          phoneMasked\n          rank\n          status\n          retirementDate\n          points(campaignId: $campaignId)\n          bestScore(campaignId: $campaignId)\n        }\n      }\n    }\n  }\n":new $(`
    query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
  unit(id: $unitId) {
    id
    name
    learners(
      first: $first
      after: $after
      filter: $filter
      orderBy: $orderBy
      descending: $descending
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        phone
        phoneMasked
        rank
        status
        retirementDate
        points(campaignId: $campaignId)
        bestScore(campaignId: $campaignId)
      }
    }
  }
}
    `),"\n  mutation AddLearner($input: AddLearnerInput!) {\n    addLearner(input: $input) { id name }\n  }\n":new $(`
    mutation AddLearner($input: AddLearnerInput!) {
  addLearner(input: $input) {
    id
    name
  }
}
    `),"\n  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {\n    updateLearner(id: $id, input: $input) { id name }\n  }\n":new $(`
    mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
  updateLearner(id: $id, input: $input) {
    id
    name
  }
}
    `),"\n  mutation TransferOut($learnerId: ID!) {\n    transferOut(learnerId: $learnerId) { id status }\n  }\n":new $(`
    mutation TransferOut($learnerId: ID!) {
  transferOut(learnerId: $learnerId) {
    id
    status
  }
}
    `),"\n  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {\n    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }\n  }\n":new $(`
    mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
  setEmploymentStatus(learnerId: $learnerId, status: $status) {
    id
    status
  }
}
    `),"\n  mutation ResetLearnerPassword($learnerId: ID!) {\n    resetLearnerPassword(learnerId: $learnerId)\n  }\n":new $(`
    mutation ResetLearnerPassword($learnerId: ID!) {
  resetLearnerPassword(learnerId: $learnerId)
}
    `),"\n  mutation UnlockLearner($learnerId: ID!) {\n    unlockLearner(learnerId: $learnerId)\n  }\n":new $(`
    mutation UnlockLearner($learnerId: ID!) {
  unlockLearner(learnerId: $learnerId)
}
    `),"\n  mutation RevealPhone($learnerId: ID!) {\n    revealPhone(learnerId: $learnerId)\n  }\n":new $(`
    mutation RevealPhone($learnerId: ID!) {
  revealPhone(learnerId: $learnerId)
}
    `),"\n  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {\n    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {\n      created\n      updated\n      unchanged\n      dryRun\n      written\n      errors { row message }\n    }\n  }\n":new $(`
    mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
  importLearners(
    unitId: $unitId
    file: $file
    dryRun: $dryRun
    importValidRows: $importValidRows
  ) {
    created
    updated
    unchanged
    dryRun
    written
    errors {
      row
      message
    }
  }
}
    `),"\n  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {\n    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        phone\n        phoneMasked\n        rank\n        unit { id name }\n        points(campaignId: $campaignId)\n        bestScore(campaignId: $campaignId)\n      }\n    }\n  }\n":new $(`
    query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
  learnersNeedingAction(
    campaignId: $campaignId
    nodeId: $nodeId
    kind: $kind
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      phone
      phoneMasked
      rank
      unit {
        id
        name
      }
      points(campaignId: $campaignId)
      bestScore(campaignId: $campaignId)
    }
  }
}
    `),"\n  query Children($campaignId: ID!, $nodeId: ID!) {\n    stats(campaignId: $campaignId, nodeId: $nodeId) {\n      children(orderBy: NAME) { nodeId name isUnit }\n    }\n  }\n":new $(`
    query Children($campaignId: ID!, $nodeId: ID!) {
  stats(campaignId: $campaignId, nodeId: $nodeId) {
    children(orderBy: NAME) {
      nodeId
      name
      isUnit
    }
  }
}
    `),"\n  query ExamSessions($campaignId: ID!, $unitId: ID) {\n    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }\n  }\n":new $(`
    query ExamSessions($campaignId: ID!, $unitId: ID) {
  examSessions(campaignId: $campaignId, unitId: $unitId) {
    id
    kind
    startsAt
    endsAt
    centreName
    seats
    booked
  }
}
    `),"\n  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {\n    scheduleExamSession(input: $input) { id kind startsAt endsAt }\n  }\n":new $(`
    mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
  scheduleExamSession(input: $input) {
    id
    kind
    startsAt
    endsAt
  }
}
    `),"\n  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {\n    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        status\n        reason\n        appliedAt\n        attachmentName\n        learner { id name phone unit { name } }\n        decisions { approve comment overrule decidedAt decidedBy }\n      }\n    }\n  }\n":new $(`
    query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {
  exemptions(
    campaignId: $campaignId
    nodeId: $nodeId
    status: $status
    first: 100
  ) {
    totalCount
    nodes {
      id
      status
      reason
      appliedAt
      attachmentName
      learner {
        id
        name
        phone
        unit {
          name
        }
      }
      decisions {
        approve
        comment
        overrule
        decidedAt
        decidedBy
      }
    }
  }
}
    `),"\n  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {\n    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }\n  }\n":new $(`
    mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
  decideExemption(id: $id, approve: $approve, comment: $comment) {
    id
    status
  }
}
    `),"\n  query Notices {\n    notices(first: 50) { nodes { id title body postedAt region { name } } }\n  }\n":new $(`
    query Notices {
  notices(first: 50) {
    nodes {
      id
      title
      body
      postedAt
      region {
        name
      }
    }
  }
}
    `),"\n  mutation PostNotice($input: PostNoticeInput!) {\n    postNotice(input: $input) { id }\n  }\n":new $(`
    mutation PostNotice($input: PostNoticeInput!) {
  postNotice(input: $input) {
    id
  }
}
    `),"\n  query AuditLog($nodeId: ID!, $first: Int!, $after: String) {\n    auditLog(nodeId: $nodeId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at action actor targetKind targetId before after late }\n    }\n  }\n":new $(`
    query AuditLog($nodeId: ID!, $first: Int!, $after: String) {
  auditLog(nodeId: $nodeId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      action
      actor
      targetKind
      targetId
      before
      after
      late
    }
  }
}
    `),"\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) { id role }\n  }\n":new $(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    id
    role
  }
}
    `),"\n  query CampaignForYear($year: Int!) {\n    campaign(year: $year) {\n      id\n      year\n      title\n      readerTitle\n      verificationDeadline\n      studyStart\n      requiredPoints\n      categories { category points required }\n      mainWindow { start end }\n      makeupWindow { start end }\n      passScore\n      durationMinutes\n      blueprint { type count pointsEach }\n      mainAttempts\n      makeupAttempts\n      answerGraceSeconds\n      dailyPointsCap\n      reviewMode\n    }\n  }\n":new $(`
    query CampaignForYear($year: Int!) {
  campaign(year: $year) {
    id
    year
    title
    readerTitle
    verificationDeadline
    studyStart
    requiredPoints
    categories {
      category
      points
      required
    }
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
    passScore
    durationMinutes
    blueprint {
      type
      count
      pointsEach
    }
    mainAttempts
    makeupAttempts
    answerGraceSeconds
    dailyPointsCap
    reviewMode
  }
}
    `),"\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id year title }\n  }\n":new $(`
    mutation CreateCampaign($input: CampaignInput!) {
  createCampaign(input: $input) {
    id
    year
    title
  }
}
    `),"\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id year title }\n  }\n":new $(`
    mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    year
    title
  }
}
    `),"\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n":new $(`
    mutation Login($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    expiresAt
    mustChangePassword
    account {
      id
      name
      phone
    }
  }
}
    `),"\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new $(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation Logout {\n    logout\n  }\n":new $(`
    mutation Logout {
  logout
}
    `),"\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n":new $(`
    query Me {
  me {
    id
    name
    phone
    mustChangePassword
    roles {
      role
    }
    learner {
      id
      name
      rank
      status
      retirementDate
      unit {
        id
        name
        hasInternet
      }
    }
  }
}
    `),"\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n":new $(`
    query Home {
  currentCampaign {
    id
    year
    title
    readerTitle
    requiredPoints
    passScore
    durationMinutes
    mainWindow {
      start
      end
    }
    makeupWindow {
      start
      end
    }
  }
  notices(first: 5) {
    totalCount
    nodes {
      id
      title
      body
      postedAt
      region {
        name
      }
    }
  }
}
    `),"\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new $(`
    query MyStanding($campaignId: ID!) {
  myStudy(campaignId: $campaignId) {
    total
    required
    eligible
    completedOn
    byCategory {
      category
      points
      cap
      required
    }
  }
  myEligibility(campaignId: $campaignId) {
    mayStartNow
    liveAttemptId
    obstacle
    reason
    fromDay
    studyDeadline
    openSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
    nextSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
  }
}
    `),"\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n":new $(`
    query StudyItems($campaignId: ID!) {
  studyItems(campaignId: $campaignId) {
    id
    category
    title
    points
    minReadingSeconds
    position
  }
  myStudy(campaignId: $campaignId) {
    total
    required
    eligible
    byCategory {
      category
      points
      cap
      required
    }
    history {
      category
      points
      itemId
      creditedAt
    }
  }
}
    `),"\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n":new $(`
    query StudyItem($id: ID!) {
  studyItem(id: $id) {
    id
    category
    title
    body
    points
    minReadingSeconds
  }
}
    `),"\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n":new $(`
    mutation OpenStudyItem($itemId: ID!) {
  openStudyItem(itemId: $itemId) {
    openedAt
    completableAt
    creditedPoints
  }
}
    `),"\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n":new $(`
    mutation CompleteStudyItem($itemId: ID!) {
  completeStudyItem(itemId: $itemId) {
    total
    history {
      itemId
      points
    }
  }
}
    `),"\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new $(`
    query ExamOverview($campaignId: ID!) {
  examSessions(campaignId: $campaignId) {
    id
    kind
    startsAt
    endsAt
    centreName
  }
  myAttempts(campaignId: $campaignId) {
    id
    kind
    status
    startedAt
    submittedAt
    autoSubmitted
    score
    passed
  }
  myEligibility(campaignId: $campaignId) {
    mayStartNow
    liveAttemptId
    obstacle
    reason
    fromDay
    studyDeadline
    openSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
    nextSession {
      id
      kind
      startsAt
      endsAt
      centreName
    }
  }
}
    `),"\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n":new $(`
    mutation StartExam($sessionId: ID!) {
  startExam(sessionId: $sessionId) {
    id
  }
}
    `),"\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n":new $(`
    query ExamPaper($id: ID!) {
  examAttempt(id: $id) {
    id
    kind
    status
    startedAt
    deadline
    remainingSeconds
    questions {
      id
      type
      stem
      points
      options {
        key
        text
      }
    }
    answers {
      questionId
      choices
    }
  }
}
    `),"\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n":new $(`
    mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
  saveAnswer(
    attemptId: $attemptId
    questionId: $questionId
    choices: $choices
    clientSeq: $clientSeq
  ) {
    saved
    remainingSeconds
  }
}
    `),"\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n":new $(`
    mutation SubmitExam($attemptId: ID!) {
  submitExam(attemptId: $attemptId) {
    attemptId
    score
    passed
    submittedAt
  }
}
    `),"\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n":new $(`
    query ExamResult($id: ID!) {
  examAttempt(id: $id) {
    id
    kind
    status
    submittedAt
    autoSubmitted
    score
    passed
    questions {
      id
      type
      stem
      options {
        key
        text
      }
    }
    answers {
      questionId
      choices
    }
    review {
      questionId
      correct
      explanation
      lawSource
    }
  }
}
    `),"\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n":new $(`
    query MyExemptions($campaignId: ID!) {
  myExemptions(campaignId: $campaignId) {
    id
    status
    reason
    appliedAt
    attachmentName
    decisions {
      approve
      comment
      decidedAt
      decidedBy
      overrule
    }
  }
}
    `),"\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n":new $(`
    mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
  applyExemption(
    campaignId: $campaignId
    reason: $reason
    attachment: $attachment
  ) {
    id
    status
  }
}
    `),"\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n":new $(`
    mutation TransferIn($phone: String!, $unitId: ID!) {
  transferIn(phone: $phone, unitId: $unitId) {
    id
    status
    unit {
      id
      name
    }
  }
}
    `),"\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n":new $(`
    query ExamClock($id: ID!) {
  examAttempt(id: $id) {
    id
    status
    remainingSeconds
    autoSubmitted
  }
}
    `),"\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n":new $(`
    query SearchUnits($name: String!) {
  searchUnits(name: $name) {
    id
    name
    regionName
  }
}
    `)};function Ro(e){var t;return(t=Lo[e])==null?{}:t}export{si as $,Ba as A,ve as At,Pr as B,_e as Bt,da as C,tn as Ct,Tr as D,s as Dt,Z as E,ie as Et,Dn as F,o as Ft,Un as G,he as Gt,Wr as H,_ as Ht,Nr as I,v as It,Zr as J,Ee as Jt,ri as K,ge as Kt,zr as L,a as Lt,Wn as M,d as Mt,Pa as N,m as Nt,$a as O,u as Ot,qa as P,h as Pt,Sr as Q,Ur as R,C as Rt,Ma as S,en as St,Ha as T,T as Tt,Hr as U,Ce as Ut,Br as V,g as Vt,Da as W,we as Wt,$r as X,ce as Xt,ei as Y,ae as Yt,yr as Z,Va as _,Zt as _t,Eo as a,qn as at,Na as b,on as bt,wo as c,Ae as ct,mr as d,je as dt,pi as et,Y as f,Bt as ft,B as g,Ut as gt,wa as h,Vt as ht,Io as i,Jn as it,vo as j,oe as jt,Cr as k,E as kt,Fo as l,z as lt,lr as m,Xt as mt,xo as n,pr as nt,Po as o,Bn as ot,J as p,Ht as pt,ai as q,de as qt,Co as r,bo as rt,Mo as s,Vn as st,Ro as t,fi as tt,_r as u,Jt as ut,_o as v,L as vt,ii as w,r as wt,Ua as x,nn as xt,Ra as y,ln as yt,Vr as z,p as zt};
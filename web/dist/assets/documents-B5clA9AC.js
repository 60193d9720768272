function e(e){let t=Object.create(null);for(let n of e.split(`,`))t[n]=1;return e=>e in t}var t={},n=[],r=()=>{},i=()=>!1,a=e=>e.charCodeAt(0)===111&&e.charCodeAt(1)===110&&(e.charCodeAt(2)>122||e.charCodeAt(2)<97),o=e=>e.startsWith(`onUpdate:`),s=Object.assign,c=(e,t)=>{let n=e.indexOf(t);n>-1&&e.splice(n,1)},l=Object.prototype.hasOwnProperty,u=(e,t)=>l.call(e,t),d=Array.isArray,f=e=>x(e)===`[object Map]`,p=e=>x(e)===`[object Set]`,m=e=>x(e)===`[object Date]`,h=e=>typeof e==`function`,g=e=>typeof e==`string`,_=e=>typeof e==`symbol`,v=e=>typeof e==`object`&&!!e,y=e=>(v(e)||h(e))&&h(e.then)&&h(e.catch),b=Object.prototype.toString,x=e=>b.call(e),S=e=>x(e).slice(8,-1),C=e=>x(e)===`[object Object]`,w=e=>g(e)&&e!==`NaN`&&e[0]!==`-`&&``+parseInt(e,10)===e,ee=e(`,key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted`),te=e=>{let t=Object.create(null);return(n=>t[n]||(t[n]=e(n)))},ne=/-\w/g,T=te(e=>e.replace(ne,e=>e.slice(1).toUpperCase())),re=/\B([A-Z])/g,E=te(e=>e.replace(re,`-$1`).toLowerCase()),ie=te(e=>e.charAt(0).toUpperCase()+e.slice(1)),ae=te(e=>e?`on${ie(e)}`:``),D=(e,t)=>!Object.is(e,t),oe=(e,...t)=>{for(let n=0;n<e.length;n++)e[n](...t)},O=(e,t,n,r=!1)=>{Object.defineProperty(e,t,{configurable:!0,enumerable:!1,writable:r,value:n})},se=e=>{let t=parseFloat(e);return isNaN(t)?e:t},ce=e=>{let t=g(e)?Number(e):NaN;return isNaN(t)?e:t},le,ue=()=>le||(le=typeof globalThis<`u`?globalThis:typeof self<`u`?self:typeof window<`u`?window:typeof global<`u`?global:{});function de(e){if(d(e)){let t={};for(let n=0;n<e.length;n++){let r=e[n],i=g(r)?he(r):de(r);if(i)for(let e in i)t[e]=i[e]}return t}if(g(e)||v(e))return e}var fe=/;(?![^(]*\))/g,pe=/:([^]+)/,me=/"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;function he(e){let t={};return e.replace(me,e=>e.startsWith(`/*`)?``:e).split(fe).forEach(e=>{if(e){let n=e.split(pe);n.length>1&&(t[n[0].trim()]=n[1].trim())}}),t}function ge(e){let t=``;if(g(e))t=e;else if(d(e))for(let n=0;n<e.length;n++){let r=ge(e[n]);r&&(t+=r+` `)}else if(v(e))for(let n in e)e[n]&&(t+=n+` `);return t.trim()}var _e=e(`itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly`);function ve(e){return!!e||e===``}function ye(e,t,n){if(e.length!==t.length)return!1;let r=!0;for(let i=0;r&&i<e.length;i++)r=Ce(e[i],t[i],n);return r}function be(e,t,n){if(e.size!==t.size)return!1;let r=Array.from(t),i=new Uint8Array(r.length);for(let t of e){let e=-1;for(let a=0;a<r.length;a++)if(!i[a]&&Ce(t,r[a],n)){e=a;break}if(e<0)return!1;i[e]=1}return!0}function xe(e,t,n){let r=f(e),i=f(t);if(r||i||(r=p(e),i=p(t),r||i))return r&&i?be(e,t,n):!1;if(Object.keys(e).length!==Object.keys(t).length)return!1;for(let r in e){let i=e.hasOwnProperty(r),a=t.hasOwnProperty(r);if(i&&!a||!i&&a||!Ce(e[r],t[r],n))return!1}return String(e)===String(t)}function Se(e,t,n,r){n||(n=[new Map,new Map]);let[i,a]=n;if(i.has(e)||a.has(t))return i.get(e)===t&&a.get(t)===e;i.set(e,t),a.set(t,e);let o=r(e,t,n);return i.delete(e),a.delete(t),o}function Ce(e,t,n){if(e===t)return!0;let r=m(e),i=m(t);return r||i?r&&i?e.getTime()===t.getTime():!1:(r=_(e),i=_(t),r||i?e===t:(r=d(e),i=d(t),r||i?r&&i?Se(e,t,n,ye):!1:(r=v(e),i=v(t),r||i?!r||!i?!1:Se(e,t,n,xe):String(e)===String(t))))}function we(e,t){return e.findIndex(e=>Ce(e,t))}var Te=e=>!!(e&&e.__v_isRef===!0),Ee=e=>g(e)?e:e==null?``:d(e)||v(e)&&(e.toString===b||!h(e.toString))?Te(e)?Ee(e.value):JSON.stringify(e,De,2):String(e),De=(e,t)=>Te(t)?De(e,t.value):f(t)?{[`Map(${t.size})`]:[...t.entries()].reduce((e,[t,n],r)=>(e[Oe(t,r)+` =>`]=n,e),{})}:p(t)?{[`Set(${t.size})`]:[...t.values()].map(e=>Oe(e))}:_(t)?Oe(t):v(t)&&!d(t)&&!C(t)?String(t):t,Oe=(e,t=``)=>{var n;return _(e)?`Symbol(${(n=e.description)==null?t:n})`:e},k,ke=class{constructor(e=!1){this.detached=e,this._active=!0,this._on=0,this.effects=[],this.cleanups=[],this._isPaused=!1,this._warnOnRun=!0,this.__v_skip=!0,!e&&k&&(k.active?(this.parent=k,this.index=(k.scopes||(k.scopes=[])).push(this)-1):(this._active=!1,this._warnOnRun=!1))}get active(){return this._active}pause(){if(this._active){this._isPaused=!0;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].pause()}for(e=0,t=this.effects.length;e<t;e++)this.effects[e].pause()}}resume(){if(this._active&&this._isPaused){this._isPaused=!1;let e,t;if(this.scopes){let n=this.scopes.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}let n=this.effects.slice();for(e=0,t=n.length;e<t;e++)n[e].resume()}}run(e){if(this._active){let t=k;try{return k=this,e()}finally{k=t}}}on(){++this._on===1&&(this.prevScope=k,k=this)}off(){if(this._on>0&&--this._on===0){if(k===this)k=this.prevScope;else{let e=k;for(;e;){if(e.prevScope===this){e.prevScope=this.prevScope;break}e=e.prevScope}}this.prevScope=void 0}}stop(e){if(this._active){this._active=!1;let t,n;for(t=0,n=this.effects.length;t<n;t++)this.effects[t].stop();for(this.effects.length=0,t=0,n=this.cleanups.length;t<n;t++)this.cleanups[t]();if(this.cleanups.length=0,this.scopes){let e=this.scopes.slice();for(t=0,n=e.length;t<n;t++)e[t].stop(!0);this.scopes.length=0}if(!this.detached&&this.parent&&!e){let e=this.parent.scopes.pop();e&&e!==this&&(this.parent.scopes[this.index]=e,e.index=this.index)}this.parent=void 0}}};function Ae(){return k}var A,je=new WeakSet,Me=class{constructor(e){this.fn=e,this.deps=void 0,this.depsTail=void 0,this.flags=5,this.next=void 0,this.cleanup=void 0,this.scheduler=void 0,k&&(k.active?k.effects.push(this):this.flags&=-2)}pause(){this.flags|=64}resume(){this.flags&64&&(this.flags&=-65,je.has(this)&&(je.delete(this),this.trigger()))}notify(){this.flags&2&&!(this.flags&32)||this.flags&8||Ie(this)}run(){if(!(this.flags&1))return this.fn();this.flags|=2,Ke(this),ze(this);let e=A,t=j;A=this,j=!0;try{return this.fn()}finally{Be(this),A=e,j=t,this.flags&=-3}}stop(){if(this.flags&1){for(let e=this.deps;e;e=e.nextDep)Ue(e);this.deps=this.depsTail=void 0,Ke(this),this.onStop&&this.onStop(),this.flags&=-2}}trigger(){this.flags&64?je.add(this):this.scheduler?this.scheduler():this.runIfDirty()}runIfDirty(){Ve(this)&&this.run()}get dirty(){return Ve(this)}},Ne=0,Pe,Fe;function Ie(e,t=!1){e.flags|=8,t?(e.next=Fe,Fe=e):(e.next=Pe,Pe=e)}function Le(){Ne++}function Re(){if(--Ne>0)return;if(Fe){let e=Fe;for(Fe=void 0;e;){let t=e.next;e.next=void 0,e.flags&=-9,e=t}}let e;for(;Pe;){let t=Pe;for(Pe=void 0;t;){let n=t.next;if(t.next=void 0,t.flags&=-9,t.flags&1)try{t.trigger()}catch(t){e||(e=t)}t=n}}if(e)throw e}function ze(e){for(let t=e.deps;t;t=t.nextDep)t.version=-1,t.prevActiveLink=t.dep.activeLink,t.dep.activeLink=t}function Be(e){let t,n=e.depsTail,r=n;for(;r;){let e=r.prevDep;r.version===-1?(r===n&&(n=e),Ue(r),We(r)):t=r,r.dep.activeLink=r.prevActiveLink,r.prevActiveLink=void 0,r=e}e.deps=t,e.depsTail=n}function Ve(e){for(let t=e.deps;t;t=t.nextDep)if(t.dep.version!==t.version||t.dep.computed&&(He(t.dep.computed)||t.dep.version!==t.version))return!0;return!!e._dirty}function He(e){if(e.flags&4&&!(e.flags&16)||(e.flags&=-17,e.globalVersion===qe)||(e.globalVersion=qe,!e.isSSR&&e.flags&128&&(!e.deps&&!e._dirty||!Ve(e))))return;e.flags|=2;let t=e.dep,n=A,r=j;A=e,j=!0;try{ze(e);let n=e.fn(e._value);(t.version===0||D(n,e._value))&&(e.flags|=128,e._value=n,t.version++)}catch(e){throw t.version++,e}finally{A=n,j=r,Be(e),e.flags&=-3}}function Ue(e,t=!1){let{dep:n,prevSub:r,nextSub:i}=e;if(r&&(r.nextSub=i,e.prevSub=void 0),i&&(i.prevSub=r,e.nextSub=void 0),n.subs===e&&(n.subs=r,!r&&n.computed)){n.computed.flags&=-5;for(let e=n.computed.deps;e;e=e.nextDep)Ue(e,!0)}!t&&!--n.sc&&n.map&&n.map.delete(n.key)}function We(e){let{prevDep:t,nextDep:n}=e;t&&(t.nextDep=n,e.prevDep=void 0),n&&(n.prevDep=t,e.nextDep=void 0)}var j=!0,Ge=[];function M(){Ge.push(j),j=!1}function N(){let e=Ge.pop();j=e===void 0||e}function Ke(e){let{cleanup:t}=e;if(e.cleanup=void 0,t){let e=A;A=void 0;try{t()}finally{A=e}}}var qe=0,Je=class{constructor(e,t){this.sub=e,this.dep=t,this.version=t.version,this.nextDep=this.prevDep=this.nextSub=this.prevSub=this.prevActiveLink=void 0}},Ye=class{constructor(e){this.computed=e,this.version=0,this.activeLink=void 0,this.subs=void 0,this.map=void 0,this.key=void 0,this.sc=0,this.__v_skip=!0}track(e){if(!A||!j||A===this.computed)return;let t=this.activeLink;if(t===void 0||t.sub!==A)t=this.activeLink=new Je(A,this),A.deps?(t.prevDep=A.depsTail,A.depsTail.nextDep=t,A.depsTail=t):A.deps=A.depsTail=t,Xe(t);else if(t.version===-1&&(t.version=this.version,t.nextDep)){let e=t.nextDep;e.prevDep=t.prevDep,t.prevDep&&(t.prevDep.nextDep=e),t.prevDep=A.depsTail,t.nextDep=void 0,A.depsTail.nextDep=t,A.depsTail=t,A.deps===t&&(A.deps=e)}return t}trigger(e){this.version++,qe++,this.notify(e)}notify(e){Le();try{for(let e=this.subs;e;e=e.prevSub)e.sub.notify()&&e.sub.dep.notify()}finally{Re()}}};function Xe(e){if(e.dep.sc++,e.sub.flags&4){let t=e.dep.computed;if(t&&!e.dep.subs){t.flags|=20;for(let e=t.deps;e;e=e.nextDep)Xe(e)}let n=e.dep.subs;n!==e&&(e.prevSub=n,n&&(n.nextSub=e)),e.dep.subs=e}}var Ze=new WeakMap,Qe=Symbol(``),$e=Symbol(``),et=Symbol(``);function P(e,t,n){if(j&&A){let t=Ze.get(e);t||Ze.set(e,t=new Map);let r=t.get(n);r||(t.set(n,r=new Ye),r.map=t,r.key=n),r.track()}}function tt(e,t,n,r,i,a){let o=Ze.get(e);if(!o){qe++;return}let s=e=>{e&&e.trigger()};if(Le(),t===`clear`)o.forEach(s);else{let i=d(e),a=i&&w(n);if(i&&n===`length`){let e=Number(r);o.forEach((t,n)=>{(n===`length`||n===et||!_(n)&&n>=e)&&s(t)})}else switch((n!==void 0||o.has(void 0))&&s(o.get(n)),a&&s(o.get(et)),t){case`add`:i?a&&s(o.get(`length`)):(s(o.get(Qe)),f(e)&&s(o.get($e)));break;case`delete`:i||(s(o.get(Qe)),f(e)&&s(o.get($e)));break;case`set`:f(e)&&s(o.get(Qe))}}Re()}function nt(e){let t=I(e);return t===e||(P(t,`iterate`,et),F(e))?t:Vt(e)?Bt(e)?t.map(e=>Wt(L(e))):t.map(Wt):t.map(L)}function rt(e){return P(e=I(e),`iterate`,et),e}function it(e,t){return Vt(e)?Wt(Bt(e)?L(t):t):L(t)}var at={__proto__:null,[Symbol.iterator](){return ot(this,Symbol.iterator,e=>it(this,e))},concat(...e){return nt(this).concat(...e.map(e=>d(e)?nt(e):e))},entries(){return ot(this,`entries`,e=>(e[1]=it(this,e[1]),e))},every(e,t){return lt(this,`every`,e,t,void 0,arguments)},filter(e,t){return lt(this,`filter`,e,t,e=>e.map(e=>it(this,e)),arguments)},find(e,t){return lt(this,`find`,e,t,e=>it(this,e),arguments)},findIndex(e,t){return lt(this,`findIndex`,e,t,void 0,arguments)},findLast(e,t){return lt(this,`findLast`,e,t,e=>it(this,e),arguments)},findLastIndex(e,t){return lt(this,`findLastIndex`,e,t,void 0,arguments)},forEach(e,t){return lt(this,`forEach`,e,t,void 0,arguments)},includes(...e){return dt(this,`includes`,e)},indexOf(...e){return dt(this,`indexOf`,e)},join(e){return nt(this).join(e)},lastIndexOf(...e){return dt(this,`lastIndexOf`,e)},map(e,t){return lt(this,`map`,e,t,void 0,arguments)},pop(){return ft(this,`pop`)},push(...e){return ft(this,`push`,e)},reduce(e,...t){return ut(this,`reduce`,e,t)},reduceRight(e,...t){return ut(this,`reduceRight`,e,t)},shift(){return ft(this,`shift`)},some(e,t){return lt(this,`some`,e,t,void 0,arguments)},splice(...e){return ft(this,`splice`,e)},toReversed(){return nt(this).toReversed()},toSorted(e){return nt(this).toSorted(e)},toSpliced(...e){return nt(this).toSpliced(...e)},unshift(...e){return ft(this,`unshift`,e)},values(){return ot(this,`values`,e=>it(this,e))}};function ot(e,t,n){let r=rt(e),i=r[t],a=i.call(r);if(r!==e&&!F(e)){if(a[Symbol.toStringTag]===`Array Iterator`){let e=Object.create(Object.getPrototypeOf(a));return e.next=()=>st(a.next(),n),i!==ct[t]&&Object.defineProperties(e,{return:{get(){let e=a.return;return typeof e==`function`?e.bind(a):e}},throw:{get(){let e=a.throw;return typeof e==`function`?e.bind(a):e}}}),e}a._next=a.next,a.next=()=>st(a._next(),n)}return a}function st(e,t){return e.done||(e.value=t(e.value)),e}var ct=Array.prototype;function lt(e,t,n,r,i,a){let o=rt(e),s=o!==e&&!F(e),c=o[t];if(c!==ct[t]){let t=c.apply(e,a);return s?L(t):t}let l=n;o!==e&&(s?l=function(t,r){return n.call(this,it(e,t),r,e)}:n.length>2&&(l=function(t,r){return n.call(this,t,r,e)}));let u=c.call(o,l,r);return s&&i?i(u):u}function ut(e,t,n,r){let i=rt(e),a=i!==e&&!F(e),o=n,s=!1;i!==e&&(a?(s=r.length===0,o=function(t,r,i){return s&&(s=!1,t=it(e,t)),n.call(this,t,it(e,r),i,e)}):n.length>3&&(o=function(t,r,i){return n.call(this,t,r,i,e)}));let c=i[t](o,...r);return s?it(e,c):c}function dt(e,t,n){let r=I(e);P(r,`iterate`,et);let i=r[t](...n);return(i===-1||i===!1)&&Ht(n[0])?(n[0]=I(n[0]),r[t](...n)):i}function ft(e,t,n=[]){M(),Le();let r=I(e)[t].apply(e,n);return Re(),N(),r}var pt=e(`__proto__,__v_isRef,__isVue`),mt=new Set(Object.getOwnPropertyNames(Symbol).filter(e=>e!==`arguments`&&e!==`caller`).map(e=>Symbol[e]).filter(_));function ht(e){_(e)||(e=String(e));let t=I(this);return P(t,`has`,e),t.hasOwnProperty(e)}var gt=class{constructor(e=!1,t=!1){this._isReadonly=e,this._isShallow=t}get(e,t,n){if(t===`__v_skip`)return e.__v_skip;let r=this._isReadonly,i=this._isShallow;if(t===`__v_isReactive`)return!r;if(t===`__v_isReadonly`)return r;if(t===`__v_isShallow`)return i;if(t===`__v_raw`)return n===(r?i?Pt:Nt:i?Mt:jt).get(e)||Object.getPrototypeOf(e)===Object.getPrototypeOf(n)?e:void 0;let a=d(e);if(!r){let e;if(a&&(e=at[t]))return e;if(t===`hasOwnProperty`)return ht}let o=Reflect.get(e,t,R(e)?e:n);if((_(t)?mt.has(t):pt(t))||(r||P(e,`get`,t),i))return o;if(R(o)){let e=a&&w(t)?o:o.value;return r&&v(e)?Rt(e):e}return v(o)?r?Rt(o):It(o):o}},_t=class extends gt{constructor(e=!1){super(!1,e)}set(e,t,n,r){let i=e[t],a=d(e)&&w(t);if(!this._isShallow){let e=Vt(i);if(!F(n)&&!Vt(n)&&(i=I(i),n=I(n)),!a&&R(i)&&!R(n))return e||(i.value=n),!0}let o=a?Number(t)<e.length:u(e,t),s=Reflect.set(e,t,n,R(e)?e:r);return e===I(r)&&s&&(o?D(n,i)&&tt(e,`set`,t,n,i):tt(e,`add`,t,n)),s}deleteProperty(e,t){let n=u(e,t),r=e[t],i=Reflect.deleteProperty(e,t);return i&&n&&tt(e,`delete`,t,void 0,r),i}has(e,t){let n=Reflect.has(e,t);return _(t)&&mt.has(t)||P(e,`has`,t),n}ownKeys(e){return P(e,`iterate`,d(e)?`length`:Qe),Reflect.ownKeys(e)}},vt=class extends gt{constructor(e=!1){super(!0,e)}set(e,t){return!0}deleteProperty(e,t){return!0}},yt=new _t,bt=new vt,xt=new _t(!0),St=e=>e,Ct=e=>Reflect.getPrototypeOf(e);function wt(e,t,n){return function(...r){let i=this.__v_raw,a=I(i),o=f(a),c=e===`entries`||e===Symbol.iterator&&o,l=e===`keys`&&o,u=i[e](...r),d=n?St:t?Wt:L;return!t&&P(a,`iterate`,l?$e:Qe),s(Object.create(u),{next(){let{value:e,done:t}=u.next();return t?{value:e,done:t}:{value:c?[d(e[0]),d(e[1])]:d(e),done:t}}})}}function Tt(e){return function(...t){return e===`delete`?!1:e===`clear`?void 0:this}}function Et(e,t){let n={get(n){let r=this.__v_raw,i=I(r),a=I(n);e||(D(n,a)&&P(i,`get`,n),P(i,`get`,a));let{has:o}=Ct(i),s=t?St:e?Wt:L;if(o.call(i,n))return s(r.get(n));if(o.call(i,a))return s(r.get(a));r!==i&&r.get(n)},get size(){let t=this.__v_raw;return!e&&P(I(t),`iterate`,Qe),t.size},has(t){let n=this.__v_raw,r=I(n),i=I(t);return e||(D(t,i)&&P(r,`has`,t),P(r,`has`,i)),t===i?n.has(t):n.has(t)||n.has(i)},forEach(n,r){let i=this,a=i.__v_raw,o=I(a),s=t?St:e?Wt:L;return!e&&P(o,`iterate`,Qe),a.forEach((e,t)=>n.call(r,s(e),s(t),i))}};return s(n,e?{add:Tt(`add`),set:Tt(`set`),delete:Tt(`delete`),clear:Tt(`clear`)}:{add(e){let n=I(this),r=Ct(n),i=I(e),a=!t&&!F(e)&&!Vt(e)?i:e;return r.has.call(n,a)||D(e,a)&&r.has.call(n,e)||D(i,a)&&r.has.call(n,i)||(n.add(a),tt(n,`add`,a,a)),this},set(e,n){t||F(n)||Vt(n)||(n=I(n));let r=I(this),{has:i,get:a}=Ct(r),o=i.call(r,e);o||(e=I(e),o=i.call(r,e));let s=a.call(r,e);return r.set(e,n),o?D(n,s)&&tt(r,`set`,e,n,s):tt(r,`add`,e,n),this},delete(e){let t=I(this),{has:n,get:r}=Ct(t),i=n.call(t,e);i||(e=I(e),i=n.call(t,e));let a=r?r.call(t,e):void 0,o=t.delete(e);return i&&tt(t,`delete`,e,void 0,a),o},clear(){let e=I(this),t=e.size!==0,n=e.clear();return t&&tt(e,`clear`,void 0,void 0,void 0),n}}),[`keys`,`values`,`entries`,Symbol.iterator].forEach(r=>{n[r]=wt(r,e,t)}),n}function Dt(e,t){let n=Et(e,t);return(r,i,a)=>i===`__v_isReactive`?!e:i===`__v_isReadonly`?e:i===`__v_isShallow`?t:i===`__v_raw`?r:Reflect.get(u(n,i)&&i in r?n:r,i,a)}var Ot={get:Dt(!1,!1)},kt={get:Dt(!1,!0)},At={get:Dt(!0,!1)},jt=new WeakMap,Mt=new WeakMap,Nt=new WeakMap,Pt=new WeakMap;function Ft(e){switch(e){case`Object`:case`Array`:return 1;case`Map`:case`Set`:case`WeakMap`:case`WeakSet`:return 2;default:return 0}}function It(e){return Vt(e)?e:zt(e,!1,yt,Ot,jt)}function Lt(e){return zt(e,!1,xt,kt,Mt)}function Rt(e){return zt(e,!0,bt,At,Nt)}function zt(e,t,n,r,i){if(!v(e)||e.__v_raw&&!(t&&e.__v_isReactive)||e.__v_skip||!Object.isExtensible(e))return e;let a=i.get(e);if(a)return a;let o=Ft(S(e));if(o===0)return e;let s=new Proxy(e,o===2?r:n);return i.set(e,s),s}function Bt(e){return Vt(e)?Bt(e.__v_raw):!!(e&&e.__v_isReactive)}function Vt(e){return!!(e&&e.__v_isReadonly)}function F(e){return!!(e&&e.__v_isShallow)}function Ht(e){return e?!!e.__v_raw:!1}function I(e){let t=e&&e.__v_raw;return t?I(t):e}function Ut(e){return!u(e,`__v_skip`)&&Object.isExtensible(e)&&O(e,`__v_skip`,!0),e}var L=e=>v(e)?It(e):e,Wt=e=>v(e)?Rt(e):e;function R(e){return e?e.__v_isRef===!0:!1}function Gt(e){return qt(e,!1)}function Kt(e){return qt(e,!0)}function qt(e,t){return R(e)?e:new Jt(e,t)}var Jt=class{constructor(e,t){this.dep=new Ye,this.__v_isRef=!0,this.__v_isShallow=!1,this._rawValue=t?e:I(e),this._value=t?e:L(e),this.__v_isShallow=t}get value(){return this.dep.track(),this._value}set value(e){let t=this._rawValue,n=this.__v_isShallow||F(e)||Vt(e);e=n?e:I(e),D(e,t)&&(this._rawValue=e,this._value=n?e:L(e),this.dep.trigger())}};function Yt(e){return R(e)?e.value:e}var Xt={get:(e,t,n)=>t===`__v_raw`?e:Yt(Reflect.get(e,t,n)),set:(e,t,n,r)=>{let i=e[t];return R(i)&&!R(n)?(i.value=n,!0):Reflect.set(e,t,n,r)}};function Zt(e){return Bt(e)?e:new Proxy(e,Xt)}var Qt=class{constructor(e,t,n){this.fn=e,this.setter=t,this._value=void 0,this.dep=new Ye(this),this.__v_isRef=!0,this.deps=void 0,this.depsTail=void 0,this.flags=16,this.globalVersion=qe-1,this.next=void 0,this.effect=this,this.__v_isReadonly=!t,this.isSSR=n}notify(){if(this.flags|=16,!(this.flags&8)&&A!==this)return Ie(this,!0),!0}get value(){let e=this.dep.track();return He(this),e&&(e.version=this.dep.version),this._value}set value(e){this.setter&&this.setter(e)}};function $t(e,t,n=!1){let r,i;return h(e)?r=e:(r=e.get,i=e.set),new Qt(r,i,n)}var en={},tn=new WeakMap,nn=void 0;function rn(e,t=!1,n=nn){if(n){let t=tn.get(n);t||tn.set(n,t=[]),t.push(e)}}function an(e,n,i=t){let{immediate:a,deep:o,once:s,scheduler:l,augmentJob:u,call:f}=i,p=e=>o?e:F(e)||o===!1||o===0?on(e,1):on(e),m,g,_,v,y=!1,b=!1;if(R(e)?(g=()=>e.value,y=F(e)):Bt(e)?(g=()=>p(e),y=!0):d(e)?(b=!0,y=e.some(e=>Bt(e)||F(e)),g=()=>e.map(e=>{if(R(e))return e.value;if(Bt(e))return p(e);if(h(e))return f?f(e,2):e()})):g=h(e)?n?f?()=>f(e,2):e:()=>{if(_){M();try{_()}finally{N()}}let t=nn;nn=m;try{return f?f(e,3,[v]):e(v)}finally{nn=t}}:r,n&&o){let e=g,t=o===!0?1/0:o;g=()=>on(e(),t)}let x=Ae(),S=()=>{m.stop(),x&&x.active&&c(x.effects,m)};if(s&&n){let e=n;n=(...t)=>{try{return e(...t)}finally{S()}}}let C=b?Array(e.length).fill(en):en,w=e=>{if(m.flags&1&&(m.dirty||e)){if(n){let t=m.run();if(e||o||y||(b?t.some((e,t)=>D(e,C[t])):D(t,C))){let e=nn;M();try{_&&_(),nn=m;let e=[t,C===en?void 0:b&&C[0]===en?[]:C,v];C=t,f?f(n,3,e):n(...e)}finally{nn=e,N()}}}else m.run()}};return u&&u(w),m=new Me(g),m.scheduler=l?()=>l(w,!1):w,v=e=>rn(e,!1,m),_=m.onStop=()=>{let e=tn.get(m);if(e){if(f)f(e,4);else for(let t of e)t();tn.delete(m)}},n?a?w(!0):C=m.run():l?l(w.bind(null,!0),!0):m.run(),S.pause=m.pause.bind(m),S.resume=m.resume.bind(m),S.stop=S,S}function on(e,t=1/0,n){if(t<=0||!v(e)||e.__v_skip||(n=n||new Map,(n.get(e)||0)>=t))return e;if(n.set(e,t),t--,R(e))on(e.value,t,n);else if(d(e))for(let r=0;r<e.length;r++)on(e[r],t,n);else if(p(e)||f(e))e.forEach(e=>{on(e,t,n)});else if(C(e)){for(let r in e)on(e[r],t,n);for(let r of Object.getOwnPropertySymbols(e))Object.prototype.propertyIsEnumerable.call(e,r)&&on(e[r],t,n)}return e}function sn(e,t,n,r){try{return r?e(...r):e()}catch(e){cn(e,t,n)}}function z(e,t,n,r){if(h(e)){let i=sn(e,t,n,r);return i&&y(i)&&i.catch(e=>{cn(e,t,n,void 0,!0)}),i}if(d(e)){let i=[];for(let a=0;a<e.length;a++)i.push(z(e[a],t,n,r));return i}}function cn(e,n,r,i=!0,a=!1){let o=n?n.vnode:null,{errorHandler:s,throwUnhandledErrorInProduction:c}=n&&n.appContext.config||t;if(n){let t=n.parent,i=n.proxy,o=`https://vuejs.org/error-reference/#runtime-${r}`;for(;t;){let n=t.ec;if(n&&!t.isUnmounted&&(!a||t.scope.active)){for(let t=0;t<n.length;t++)if(n[t](e,i,o)===!1)return}t=t.parent}if(s){M(),sn(s,null,10,[e,i,o]),N();return}}ln(e,r,o,i,c)}function ln(e,t,n,r=!0,i=!1){if(i)throw e;console.error(e)}var B=[],V=-1,un=[],dn=null,fn=0,pn=Promise.resolve(),mn=null;function hn(e){let t=mn||pn;return e?t.then(this?e.bind(this):e):t}function gn(e){let t=V+1,n=B.length;for(;t<n;){let r=t+n>>>1,i=B[r],a=wn(i);a<e||a===e&&i.flags&2?t=r+1:n=r}return t}function _n(e){if(!(e.flags&1)){let t=wn(e),n=B[B.length-1];!n||!(e.flags&2)&&t>=wn(n)?B.push(e):B.splice(gn(t),0,e),e.flags|=1,vn()}}function vn(){mn||(mn=pn.then(Tn))}function yn(e){if(!d(e))dn&&e.id===-1?dn.splice(fn+1,0,e):e.flags&1||(un.push(e),e.flags|=1);else for(let t=0;t<e.length;t++)un.push(e[t]);vn()}function bn(e,t,n,r=V+1){for(;r<B.length;r++){let n=B[r];if(n&&n.flags&2){if(e&&n.id!==e.uid||t!==void 0&&!(n.id>=t))continue;B.splice(r,1),r=e?r-1:V,n.flags&4&&(n.flags&=-2),n(),n.flags&4||(n.flags&=-2)}}}function xn(e,t,n=0){if(un.length){let e=un,r=0;if(t){e=[];for(let i=0;i<un.length;i++){let a=un[i];(a.i===void 0?t.has(a):!a.i||a.i.uid<n)?un[r++]=a:e.push(a)}}let i=[...new Set(e)].sort((e,t)=>wn(e)-wn(t));if(un.length=r,dn){for(let e=0;e<i.length;e++)dn.push(i[e]);return}for(dn=i,fn=0;fn<dn.length;fn++){let e=dn[fn];e.flags&4&&(e.flags&=-2),e.flags&8||e(),e.flags&=-2}dn=null,fn=0}}var Sn=!1;function Cn(e,t){if(Sn){e();return}let n=t===void 0?void 0:new Set(un);e(),Sn=!0;try{bn(void 0,t),xn(void 0,n,t)}finally{Sn=!1}}var wn=e=>e.id==null?e.flags&2?-1:1/0:e.id;function Tn(e){try{for(V=0;V<B.length;V++){let e=B[V];e&&!(e.flags&8)&&(e.flags&4&&(e.flags&=-2),sn(e,e.i,e.i?15:14),e.flags&4||(e.flags&=-2))}}finally{for(;V<B.length;V++){let e=B[V];e&&(e.flags&=-2)}V=-1,B.length=0,xn(e),mn=null,(B.length||un.length)&&Tn(e)}}var H=null,En=null;function Dn(e){let t=H;return H=e,En=e&&e.type.__scopeId||null,t}function On(e,t=H,n){if(!t||e._n)return e;let r=(...n)=>{r._d&&ua(-1);let i=Dn(t),a=oa.length,o;try{o=e(...n)}finally{for(let e=oa.length;e>a;e--)ca();Dn(i),r._d&&ua(1)}return o};return r._n=!0,r._c=!0,r._d=!0,r}function kn(e,n){if(H===null)return e;let r=qa(H),i=e.dirs||(e.dirs=[]);for(let e=0;e<n.length;e++){let[a,o,s,c=t]=n[e];a&&(h(a)&&(a={mounted:a,updated:a}),a.deep&&on(o),i.push({dir:a,instance:r,value:o,oldValue:void 0,arg:s,modifiers:c}))}return e}function An(e,t,n,r){let i=e;if(r===`beforeMount`)e._mount=e;else if(r===`beforeUpdate`){let n=t&&t._mount;n&&(n._latest=e,e._mount=n)}else if(r===`mounted`){let t=e._latest;e._mount=e._latest=void 0,t&&(i=t,t._mount=void 0)}let a=i.dirs,o=t&&t.dirs;for(let c=0;c<a.length;c++){let l=a[c];o?l.oldValue=o[c].value:r===`mounted`&&l.oldValue!==void 0&&(l=s({},l,{oldValue:void 0}));let u=l.dir[r];u&&(M(),z(u,n,8,[e.el,l,i,t]),N())}}function jn(e,t){if(Z){let n=Z.provides,r=Z.parent&&Z.parent.provides;r===n&&(n=Z.provides=Object.create(r)),n[e]=t}}function Mn(e,t,n=!1){let r=Na();if(r||pi){let i=pi?pi._context.provides:r?r.parent==null||r.ce?r.vnode.appContext&&r.vnode.appContext.provides:r.parent.provides:void 0;if(i&&e in i)return i[e];if(arguments.length>1)return n&&h(t)?t.call(r&&r.proxy):t}}var Nn=Symbol.for(`v-scx`),Pn=()=>Mn(Nn);function Fn(e,t){return Ln(e,null,t)}function In(e,t,n){return Ln(e,t,n)}function Ln(e,n,i=t){let{immediate:a,deep:o,flush:c,once:l}=i,u=s({},i),d=n&&a||!n&&c!==`post`,f;if(za){if(c===`sync`){let e=Pn();f=e.__watcherHandles||(e.__watcherHandles=[])}else if(!d){let e=()=>{};return e.stop=r,e.resume=r,e.pause=r,e}}let p=Z;u.call=(e,t,n)=>z(e,p,t,n);let m=!1;c===`post`?u.scheduler=e=>{e.i=p,K(e,p&&p.suspense)}:c!==`sync`&&(m=!0,u.scheduler=(e,t)=>{t?e():_n(e)}),u.augmentJob=e=>{n&&(e.flags|=4),m&&(e.flags|=2,p&&(e.id=p.uid,e.i=p))};let h=an(e,n,u);return za&&(f?f.push(h):d&&h()),h}function Rn(e,t,n){let r=this.proxy,i=g(e)?e.includes(`.`)?zn(r,e):()=>r[e]:e.bind(r,r),a;h(t)?a=t:(a=t.handler,n=t);let o=Ia(this),s=Ln(i,a.bind(r),n);return o(),s}function zn(e,t){let n=t.split(`.`);return()=>{let t=e;for(let e=0;e<n.length&&t;e++)t=t[n[e]];return t}}var Bn=new WeakMap,Vn=Symbol(`_vte`),Hn=e=>e.__isTeleport,Un=e=>e&&(e.disabled||e.disabled===``),Wn=e=>e&&(e.defer||e.defer===``),Gn=e=>typeof SVGElement<`u`&&e instanceof SVGElement,Kn=e=>typeof MathMLElement==`function`&&e instanceof MathMLElement,qn=(e,t)=>{let n=e&&e.to;return g(n)?t?t(n):null:n},Jn={name:`Teleport`,__isTeleport:!0,process(e,t,n,r,i,a,o,s,c,l){let{mc:u,pc:d,pbc:f,o:{insert:p,querySelector:m,createText:h,createComment:g,parentNode:_}}=l,v=Un(t.props),{dynamicChildren:y}=t,b=(e,t,n)=>{e.shapeFlag&16&&u(e.children,t,n,i,a,o,s,c)},x=(e=t)=>{let n=Un(e.props),r=e.target=qn(e.props,m),a=$n(r,e,h,p);r&&(o!==`svg`&&Gn(r)?o=`svg`:o!==`mathml`&&Kn(r)&&(o=`mathml`),i&&i.isCE&&(i.ce._teleportTargets||(i.ce._teleportTargets=new Set)).add(r),n||(b(e,r,a),Qn(e,!1)))},S=e=>{let t=()=>{if(Bn.get(e)===t){if(Bn.delete(e),Un(e.props)){let t=_(e.el)||n;b(e,t,e.anchor),Qn(e,!0)}x(e)}};Bn.set(e,t),K(t,a)};if(e==null){let e=t.el=h(``),i=t.anchor=h(``);if(p(e,n,r),p(i,n,r),Wn(t.props)||a&&a.pendingBranch){S(t);return}v&&(b(t,n,i),Qn(t,!0)),x()}else{t.el=e.el;let r=t.anchor=e.anchor,u=Bn.get(e);if(u){u.flags|=8,Bn.delete(e),S(t);return}t.targetStart=e.targetStart;let p=t.target=e.target,h=t.targetAnchor=e.targetAnchor,g=Un(e.props),_=g?n:p,b=g?r:h;if(o===`svg`||Gn(p)?o=`svg`:(o===`mathml`||Kn(p))&&(o=`mathml`),y?(f(e.dynamicChildren,y,_,i,a,o,s),Xi(e,t,!0)):c||d(e,t,_,b,i,a,o,s,!1),v)g?t.props&&e.props&&t.props.to!==e.props.to&&(t.props.to=e.props.to):Yn(t,n,r,l,1);else if((t.props&&t.props.to)!==(e.props&&e.props.to)){let e=qn(t.props,m);e&&(t.target=e,Yn(t,e,null,l,0))}else g&&Yn(t,p,h,l,1);Qn(t,v)}},remove(e,t,n,{um:r,o:{remove:i}},a){let{shapeFlag:o,children:s,anchor:c,targetStart:l,targetAnchor:u,target:d,props:f}=e,p=Un(f),m=a||!p,h=Bn.get(e);if(h&&(h.flags|=8,Bn.delete(e)),d&&(i(l),i(u)),a&&i(c),!h&&(p||d)&&o&16)for(let e=0;e<s.length;e++){let i=s[e];r(i,t,n,m,!!i.dynamicChildren)}},move:Yn,hydrate:Xn};function Yn(e,t,n,{o:{insert:r},m:i},a=2){a===0&&(e.targetStart&&r(e.targetStart,t,n),r(e.targetAnchor,t,n),n=e.targetAnchor);let{el:o,anchor:s,shapeFlag:c,children:l,props:u}=e,d=a===2;if(d&&r(o,t,n),!Bn.has(e)&&(!d||Un(u))&&c&16)for(let e=0;e<l.length;e++)i(l[e],t,n,2);d&&r(s,t,n)}function Xn(e,t,n,r,i,a,{o:{nextSibling:o,parentNode:s,querySelector:c,insert:l,createText:u}},d){function f(e,n){let r=n;for(;r;){if(r&&r.nodeType===8){if(r.data===`teleport start anchor`)t.targetStart=r;else if(r.data===`teleport anchor`){t.targetAnchor=r,e._lpa=t.targetAnchor&&o(t.targetAnchor);break}}r=o(r)}}function p(e,t){t.anchor=d(o(e),t,s(e),n,r,i,a)}let m=t.target=qn(t.props,c),h=Un(t.props);if(m){let c=m._lpa||m.firstChild;t.shapeFlag&16&&(h?(p(e,t),f(m,c),t.targetAnchor||$n(m,t,u,l,s(e)===m?e:null)):(t.anchor=o(e),f(m,c),t.targetAnchor||$n(m,t,u,l),d(c&&o(c),t,m,n,r,i,a))),Qn(t,h)}else h&&t.shapeFlag&16&&(p(e,t),t.targetStart=e,t.targetAnchor=o(e));return t.anchor&&o(t.anchor)}var Zn=Jn;function Qn(e,t){let n=e.ctx;if(n&&n.ut){let r,i;for(t?(r=e.el,i=e.anchor):(r=e.targetStart,i=e.targetAnchor);r&&r!==i;)r.nodeType===1&&r.setAttribute(`data-v-owner`,n.uid),r=r.nextSibling;n.ut()}}function $n(e,t,n,r,i=null){let a=t.targetStart=n(``),o=t.targetAnchor=n(``);return a[Vn]=o,e&&(r(a,e,i),r(o,e,i)),o}var U=Symbol(`_leaveCb`),er=Symbol(`_enterCb`);function tr(){let e={isMounted:!1,isLeaving:!1,isUnmounting:!1,leavingVNodes:new Map};return Or(()=>{e.isMounted=!0}),jr(()=>{e.isUnmounting=!0}),e}var W=[Function,Array],nr={mode:String,appear:Boolean,persisted:Boolean,onBeforeEnter:W,onEnter:W,onAfterEnter:W,onEnterCancelled:W,onBeforeLeave:W,onLeave:W,onAfterLeave:W,onLeaveCancelled:W,onBeforeAppear:W,onAppear:W,onAfterAppear:W,onAppearCancelled:W},rr={name:`BaseTransition`,props:nr,setup(e,{slots:t}){let n=Na(),r=tr();return()=>{let i=t.default&&dr(t.default(),!0),a=i&&i.length?ir(i):n.subTree?Ca():void 0;if(!a)return;let o=I(e),{mode:s}=o;if(r.isLeaving)return cr(a);let c=lr(a);if(!c)return cr(a);let l=sr(c,o,r,n);c.type!==J&&ur(c,l);let u=n.subTree&&lr(n.subTree);if(u&&u.type!==J&&!ha(u,c)&&fr(n.subTree)){let e=sr(u,o,r,n);if(ur(u,e),s===`out-in`&&c.type!==J)return r.isLeaving=!0,e.afterLeave=()=>{if(r.isLeaving=!1,!(n.job.flags&8)){if(n.effect.flags&2){let e=()=>{n.job.flags&8||n.update()};e.i=n,_n(e)}else n.update()}delete e.afterLeave,u=void 0},cr(a);s===`in-out`&&c.type!==J?e.delayLeave=(e,t,n)=>{let i=or(r,u);i[String(u.key)]=u,e[U]=()=>{t(),e[U]=void 0,delete l.delayedLeave,u=void 0},l.delayedLeave=()=>{n(),delete l.delayedLeave,u=void 0}}:u=void 0}else u&&(u=void 0);return a}}};function ir(e){let t=e[0];if(e.length>1){for(let n of e)if(n.type!==J){t=n;break}}return t}var ar=rr;function or(e,t){let{leavingVNodes:n}=e,r=n.get(t.type);return r||(r=Object.create(null),n.set(t.type,r)),r}function sr(e,t,n,r){let{appear:i,mode:a,persisted:o=!1,onBeforeEnter:s,onEnter:c,onAfterEnter:l,onEnterCancelled:u,onBeforeLeave:f,onLeave:p,onAfterLeave:m,onLeaveCancelled:h,onBeforeAppear:g,onAppear:_,onAfterAppear:v,onAppearCancelled:y}=t,b=String(e.key),x=or(n,e),S=(e,t)=>{e&&z(e,r,9,t)},C=(e,t)=>{let n=t[1];S(e,t),d(e)?e.every(e=>e.length<=1)&&n():e.length<=1&&n()},w={mode:a,persisted:o,beforeEnter(t){let r=s;if(!n.isMounted){if(i)r=g||s;else return}t[U]&&t[U](!0);let a=x[b];if(a&&ha(e,a)){let e=a.el[U];if(!e){let t=fr(a);e=t&&t.el[U]}e&&e()}S(r,[t])},enter(t){if(x[b]===e)return;let r=c,a=l,o=u;if(!n.isMounted){if(i)r=_||c,a=v||l,o=y||u;else return}let s=!1;t[er]=e=>{s||(s=!0,S(e?o:a,[t]),w.delayedLeave&&w.delayedLeave(),t[er]=void 0)};let d=t[er].bind(null,!1);r?C(r,[t,d]):d()},leave(t,r){let i=String(e.key);if(t[er]&&t[er](!0),n.isUnmounting)return r();S(f,[t]);let a=!1;t[U]=n=>{a||(a=!0,r(),S(n?h:m,[t]),t[U]=void 0,x[i]===e&&delete x[i])};let o=t[U].bind(null,!1);x[i]=e,p?C(p,[t,o]):o()},clone(e){let i=sr(e,t,n,r);return i.afterLeave=()=>{w.afterLeave&&w.afterLeave()},i.delayLeave=(e,t,n)=>{w.delayLeave?w.delayLeave(e,t,n):n()},i.delayedLeave=()=>{w.delayedLeave&&w.delayedLeave()},i}};return w}function cr(e){if(br(e))return e=xa(e),e.children=null,e}function lr(e){if(!br(e))return Hn(e.type)&&e.children?ir(e.children):e;if(e.component)return e.component.subTree;let{shapeFlag:t,children:n}=e;if(n){if(t&16)return n[0];if(t&32&&h(n.default))return n.default()}}function ur(e,t){if(e.shapeFlag&6&&e.component){e.transition=t;let n=e.component.subTree;ur(Hn(n.type)&&lr(n)||n,t)}else if(e.shapeFlag&128){let n=e.suspense;if(n){let e=n.isHydrating?n.pendingBranch:n.activeBranch;e&&ur(e,t.clone(e))}else e.ssContent.transition=t.clone(e.ssContent),e.ssFallback.transition=t.clone(e.ssFallback)}else if(e.transition=t,e.type===q&&d(e.children)){let n=bi(e.children,!1);n&&ur(n,t)}}function dr(e,t=!1,n){let r=[],i=0;for(let a=0;a<e.length;a++){let o=e[a],s=n==null?o.key:String(n)+String(o.key==null?a:o.key);o.type===q?(o.patchFlag&128&&i++,r=r.concat(dr(o.children,t,s))):(t||o.type!==J)&&r.push(s==null?o:xa(o,{key:s}))}if(i>1)for(let e=0;e<r.length;e++)r[e].patchFlag=-2;return r}function fr(e){if(e.component)return fr(e.component.subTree);if(e.type===q){let t=d(e.children)&&bi(e.children,!1);return t?fr(t):void 0}if(e.type!==J)return e}function pr(e,t){return h(e)?s({name:e.name},t,{setup:e}):e}function mr(e){e.ids=[e.ids[0]+e.ids[2]+++`-`,0,0]}function hr(e,t){let n;return!!((n=Object.getOwnPropertyDescriptor(e,t))&&!n.configurable)}var gr=new WeakMap;function _r(e,n,r,a,o=!1){if(d(e)){e.forEach((e,t)=>_r(e,n&&(d(n)?n[t]:n),r,a,o));return}if(yr(a)&&!o){a.shapeFlag&512&&a.type.__asyncResolved&&a.component.subTree.component&&_r(e,n,r,a.component.subTree);return}let s=a.shapeFlag&4?qa(a.component):a.el,l=o?null:s,{i:f,r:p}=e,m=n&&n.r,_=f.refs===t?f.refs={}:f.refs,v=f.setupState,y=I(v),b=v===t?i:e=>!hr(_,e)&&u(y,e),x=(e,t)=>!(t&&hr(_,t));if(m!=null&&m!==p){if(vr(n),g(m))_[m]=null,b(m)&&(v[m]=null);else if(R(m)){let e=n;x(m,e.k)&&(m.value=null),e.k&&(_[e.k]=null)}}if(h(p))sn(p,f,12,[l,_]);else{let t=g(p),n=R(p);if(t||n){let i=()=>{if(e.f){let n=t?b(p)?v[p]:_[p]:x(p)||!e.k?p.value:_[e.k];if(o)d(n)&&c(n,s);else if(d(n))n.includes(s)||n.push(s);else if(t)_[p]=[s],b(p)&&(v[p]=_[p]);else{let t=[s];x(p,e.k)&&(p.value=t),e.k&&(_[e.k]=t)}}else t?(_[p]=l,b(p)&&(v[p]=l)):n&&(x(p,e.k)&&(p.value=l),e.k&&(_[e.k]=l))};if(l){let t=()=>{i(),gr.delete(e)};t.id=-1,gr.set(e,t),K(t,r)}else vr(e),i()}}}function vr(e){let t=gr.get(e);t&&(t.flags|=8,gr.delete(e))}ue().requestIdleCallback,ue().cancelIdleCallback;var yr=e=>!!e.type.__asyncLoader,br=e=>e.type.__isKeepAlive;function xr(e,t){Cr(e,`a`,t)}function Sr(e,t){Cr(e,`da`,t)}function Cr(e,t,n=Z){let r=e.__wdc||(e.__wdc=()=>{let t=n;for(;t;){if(t.isDeactivated)return;t=t.parent}return e()});if(Tr(t,r,n),n){let e=n.parent;for(;e&&e.parent;)br(e.parent.vnode)&&wr(r,t,n,e),e=e.parent}}function wr(e,t,n,r){let i=Tr(t,e,r,!0),a=Tr(`um`,()=>c(r[t],i),n);a.flags=16}function Tr(e,t,n=Z,r=!1){if(n){let i=n[e]||(n[e]=[]),a=t.__weh||(t.__weh=(...r)=>{M();let i=Ia(n),a=z(t,n,e,r);return i(),N(),a});return r?i.unshift(a):i.push(a),a}}var Er=e=>(t,n=Z)=>{za&&e!==`sp`||Tr(e,(...e)=>t(...e),n)},Dr=Er(`bm`),Or=Er(`m`),kr=Er(`bu`),Ar=Er(`u`),jr=Er(`bum`),Mr=Er(`um`),Nr=Er(`sp`),Pr=Er(`rtg`),Fr=Er(`rtc`);function Ir(e,t=Z){Tr(`ec`,e,t)}var Lr=`components`;function Rr(e,t){return Br(Lr,e,!0,t)||e}var zr=Symbol.for(`v-ndc`);function Br(e,t,n=!0,r=!1){let i=H||Z;if(i){let n=i.type;if(e===Lr){let e=Ja(n,!1);if(e&&(e===t||e===T(t)||e===ie(T(t))))return n}let a=Vr(i[e]||n[e],t)||Vr(i.appContext[e],t);return!a&&r?n:a}}function Vr(e,t){return e&&(e[t]||e[T(t)]||e[ie(T(t))])}function Hr(e,t,n,r){let i,a=n&&n[r],o=d(e);if(o||g(e)){let n=o&&Bt(e),r=!1,s=!1;n&&(r=!F(e),s=Vt(e),e=rt(e)),i=Array(e.length);for(let n=0,o=e.length;n<o;n++)i[n]=t(r?s?Wt(L(e[n])):L(e[n]):e[n],n,void 0,a&&a[n])}else if(typeof e==`number`){if(!Number.isInteger(e)||e<0)i=[];else{i=Array(e);for(let n=0;n<e;n++)i[n]=t(n+1,n,void 0,a&&a[n])}}else if(v(e)){if(e[Symbol.iterator])i=Array.from(e,(e,n)=>t(e,n,void 0,a&&a[n]));else{let n=Object.keys(e);i=Array(n.length);for(let r=0,o=n.length;r<o;r++){let o=n[r];i[r]=t(e[o],o,r,a&&a[r])}}}else i=[];return n&&(n[r]=i),i}function Ur(e,t,n,r,i,a){if(n==null&&(n={}),H.ce||H.parent&&yr(H.parent)&&H.parent.ce){let e=a!=null&&n.key==null?s({},n,{key:a}):n,i=Object.keys(e).length>0;return t!=="default"&&(e.name=t),sa(),pa(q,null,[X(`slot`,e,r&&r())],i?-2:64)}let o=e[t];o&&o._c&&(o._d=!1);let c=oa.length;sa();let l;try{let i=o&&Wr(o(n)),s=n.key||a||i&&i.key;l=pa(q,{key:(s&&!_(s)?s:`_${t}`)+(!i&&r?`_fb`:``)},i||(r?r():[]),i&&e._===1?64:-2)}catch(e){for(let e=oa.length;e>c;e--)ca();throw e}finally{o&&o._c&&(o._d=!0)}return!i&&l.scopeId&&(l.slotScopeIds=[l.scopeId+`-s`]),l}function Wr(e){return e.some(e=>!ma(e)||!(e.type===J||e.type===q&&!Wr(e.children)))?e:null}var Gr=e=>e?Ra(e)?qa(e):Gr(e.parent):null,Kr=s(Object.create(null),{$:e=>e,$el:e=>e.vnode.el,$data:e=>e.data,$props:e=>e.props,$attrs:e=>e.attrs,$slots:e=>e.slots,$refs:e=>e.refs,$parent:e=>Gr(e.parent),$root:e=>Gr(e.root),$host:e=>e.ce,$emit:e=>e.emit,$options:e=>ti(e),$forceUpdate:e=>e.f||(e.f=()=>{_n(e.update)}),$nextTick:e=>e.n||(e.n=hn.bind(e.proxy)),$watch:e=>Rn.bind(e)}),qr=(e,n)=>e!==t&&!e.__isScriptSetup&&u(e,n),Jr={get({_:e},n){if(n===`__v_skip`)return!0;let{ctx:r,setupState:i,data:a,props:o,accessCache:s,type:c,appContext:l}=e;if(n[0]!==`$`){let e=s[n];if(e!==void 0)switch(e){case 1:return i[n];case 2:return a[n];case 4:return r[n];case 3:return o[n]}else if(qr(i,n))return s[n]=1,i[n];else if(a!==t&&u(a,n))return s[n]=2,a[n];else if(u(o,n))return s[n]=3,o[n];else if(r!==t&&u(r,n))return s[n]=4,r[n];else Xr&&(s[n]=0)}let d=Kr[n],f,p;if(d)return n===`$attrs`&&P(e.attrs,`get`,``),d(e);if((f=c.__cssModules)&&(f=f[n]))return f;if(r!==t&&u(r,n))return s[n]=4,r[n];if(p=l.config.globalProperties,u(p,n))return p[n]},set({_:e},n,r){let{data:i,setupState:a,ctx:o}=e;return qr(a,n)?(a[n]=r,!0):i!==t&&u(i,n)?(i[n]=r,!0):u(e.props,n)||n[0]===`$`&&n.slice(1)in e?!1:(o[n]=r,!0)},has({_:{data:e,setupState:n,accessCache:r,ctx:i,appContext:a,props:o,type:s}},c){let l;return!!(r[c]||e!==t&&c[0]!==`$`&&u(e,c)||qr(n,c)||u(o,c)||u(i,c)||u(Kr,c)||u(a.config.globalProperties,c)||(l=s.__cssModules)&&l[c])},defineProperty(e,t,n){return n.get==null?u(n,`value`)&&this.set(e,t,n.value,null):e._.accessCache[t]=0,Reflect.defineProperty(e,t,n)}};function Yr(e){return d(e)?e.reduce((e,t)=>(e[t]=null,e),{}):e}var Xr=!0;function Zr(e){let t=ti(e),n=e.proxy,i=e.ctx;Xr=!1,t.beforeCreate&&$r(t.beforeCreate,e,`bc`);let{data:a,computed:o,methods:s,watch:c,provide:l,inject:u,created:f,beforeMount:p,mounted:m,beforeUpdate:g,updated:_,activated:y,deactivated:b,beforeDestroy:x,beforeUnmount:S,destroyed:C,unmounted:w,render:ee,renderTracked:te,renderTriggered:ne,errorCaptured:T,serverPrefetch:re,expose:E,inheritAttrs:ie,components:ae,directives:D,filters:oe}=t;if(u&&Qr(u,i,null),s)for(let e in s){let t=s[e];h(t)&&(i[e]=t.bind(n))}if(a){let t=a.call(n,n);v(t)&&(e.data=It(t))}if(Xr=!0,o)for(let e in o){let t=o[e],a=Xa({get:h(t)?t.bind(n,n):h(t.get)?t.get.bind(n,n):r,set:!h(t)&&h(t.set)?t.set.bind(n):r});Object.defineProperty(i,e,{enumerable:!0,configurable:!0,get:()=>a.value,set:e=>a.value=e})}if(c)for(let e in c)ei(c[e],i,n,e);if(l){let e=h(l)?l.call(n):l;Reflect.ownKeys(e).forEach(t=>{jn(t,e[t])})}f&&$r(f,e,`c`);function O(e,t){d(t)?t.forEach(t=>e(t.bind(n))):t&&e(t.bind(n))}if(O(Dr,p),O(Or,m),O(kr,g),O(Ar,_),O(xr,y),O(Sr,b),O(Ir,T),O(Fr,te),O(Pr,ne),O(jr,S),O(Mr,w),O(Nr,re),d(E)){if(E.length){let t=e.exposed||(e.exposed={});E.forEach(e=>{Object.defineProperty(t,e,{get:()=>n[e],set:t=>n[e]=t,enumerable:!0})})}else e.exposed||(e.exposed={})}ee&&e.render===r&&(e.render=ee),ie!=null&&(e.inheritAttrs=ie),ae&&(e.components=ae),D&&(e.directives=D),re&&mr(e)}function Qr(e,t,n=r){d(e)&&(e=oi(e));for(let n in e){let r=e[n],i;i=v(r)?`default`in r?Mn(r.from||n,r.default,!0):Mn(r.from||n):Mn(r),R(i)?Object.defineProperty(t,n,{enumerable:!0,configurable:!0,get:()=>i.value,set:e=>i.value=e}):t[n]=i}}function $r(e,t,n){z(d(e)?e.map(e=>e.bind(t.proxy)):e.bind(t.proxy),t,n)}function ei(e,t,n,r){let i=r.includes(`.`)?zn(n,r):()=>n[r];if(g(e)){let n=t[e];h(n)&&In(i,n)}else if(h(e))In(i,e.bind(n));else if(v(e)){if(d(e))e.forEach(e=>ei(e,t,n,r));else{let r=h(e.handler)?e.handler.bind(n):t[e.handler];h(r)&&In(i,r,e)}}}function ti(e){let t=e.type,{mixins:n,extends:r}=t,{mixins:i,optionsCache:a,config:{optionMergeStrategies:o}}=e.appContext,s=a.get(t),c;return s?c=s:!i.length&&!n&&!r?c=t:(c={},i.length&&i.forEach(e=>ni(c,e,o,!0)),ni(c,t,o)),v(t)&&a.set(t,c),c}function ni(e,t,n,r=!1){let{mixins:i,extends:a}=t;a&&ni(e,a,n,!0),i&&i.forEach(t=>ni(e,t,n,!0));for(let i in t)if(!(r&&i===`expose`)){let r=ri[i]||n&&n[i];e[i]=r?r(e[i],t[i]):t[i]}return e}var ri={data:ii,props:ci,emits:ci,methods:si,computed:si,beforeCreate:G,created:G,beforeMount:G,mounted:G,beforeUpdate:G,updated:G,beforeDestroy:G,beforeUnmount:G,destroyed:G,unmounted:G,activated:G,deactivated:G,errorCaptured:G,serverPrefetch:G,components:si,directives:si,watch:li,provide:ii,inject:ai};function ii(e,t){return t?e?function(){return s(h(e)?e.call(this,this):e,h(t)?t.call(this,this):t)}:t:e}function ai(e,t){return si(oi(e),oi(t))}function oi(e){if(d(e)){let t={};for(let n=0;n<e.length;n++)t[e[n]]=e[n];return t}return e}function G(e,t){return e?[...new Set([].concat(e,t))]:t}function si(e,t){return e?s(Object.create(null),e,t):t}function ci(e,t){return e?d(e)&&d(t)?[...new Set([...e,...t])]:s(Object.create(null),Yr(e),Yr(t==null?{}:t)):t}function li(e,t){if(!e)return t;if(!t)return e;let n=s(Object.create(null),e);for(let r in t)n[r]=G(e[r],t[r]);return n}function ui(){return{app:null,config:{isNativeTag:i,performance:!1,globalProperties:{},optionMergeStrategies:{},errorHandler:void 0,warnHandler:void 0,compilerOptions:{}},mixins:[],components:{},directives:{},provides:Object.create(null),optionsCache:new WeakMap,propsCache:new WeakMap,emitsCache:new WeakMap}}var di=0;function fi(e,t){return function(n,r=null){h(n)||(n=s({},n)),r!=null&&!v(r)&&(r=null);let i=ui(),a=new WeakSet,o=[],c=!1,l=i.app={_uid:di++,_component:n,_props:r,_container:null,_context:i,_instance:null,version:Qa,get config(){return i.config},set config(e){},use(e,...t){return a.has(e)||(e&&h(e.install)?(a.add(e),e.install(l,...t)):h(e)&&(a.add(e),e(l,...t))),l},mixin(e){return i.mixins.includes(e)||i.mixins.push(e),l},component(e,t){return t?(i.components[e]=t,l):i.components[e]},directive(e,t){return t?(i.directives[e]=t,l):i.directives[e]},mount(a,o,s){if(!c){let u=l._ceVNode||X(n,r);return u.appContext=i,s===!0?s=`svg`:s===!1&&(s=void 0),o&&t?t(u,a):e(u,a,s),c=!0,l._container=a,a.__vue_app__=l,qa(u.component)}},onUnmount(e){o.push(e)},unmount(){c&&(z(o,l._instance,16),e(null,l._container),delete l._container.__vue_app__)},provide(e,t){return i.provides[e]=t,l},runWithContext(e){let t=pi;pi=l;try{return e()}finally{pi=t}}};return l}}var pi=null,mi=(e,t)=>t===`modelValue`||t===`model-value`?e.modelModifiers:e[`${t}Modifiers`]||e[`${T(t)}Modifiers`]||e[`${E(t)}Modifiers`];function hi(e,n,...r){if(e.isUnmounted)return;let i=e.vnode.props||t,a=r,o=n.startsWith(`update:`),s=o&&mi(i,n.slice(7));s&&(s.trim&&(a=r.map(e=>g(e)?e.trim():e)),s.number&&(a=a.map(se)));let c,l=i[c=ae(n)]||i[c=ae(T(n))];!l&&o&&(l=i[c=ae(E(n))]),l&&z(l,e,6,a);let u=i[c+`Once`];if(u){if(!e.emitted)e.emitted={};else if(e.emitted[c])return;e.emitted[c]=!0,z(u,e,6,a)}}var gi=new WeakMap;function _i(e,t,n=!1){let r=n?gi:t.emitsCache,i=r.get(e);if(i!==void 0)return i;let a=e.emits,o={},c=!1;if(!h(e)){let r=e=>{let n=_i(e,t,!0);n&&(c=!0,s(o,n))};!n&&t.mixins.length&&t.mixins.forEach(r),e.extends&&r(e.extends),e.mixins&&e.mixins.forEach(r)}return!a&&!c?(v(e)&&r.set(e,null),null):(d(a)?a.forEach(e=>o[e]=null):s(o,a),v(e)&&r.set(e,o),o)}function vi(e,t){return!e||!a(t)?!1:(t=t.slice(2),t=t===`Once`?t:t.replace(/Once$/,``),u(e,t[0].toLowerCase()+t.slice(1))||u(e,E(t))||u(e,t))}function yi(e){let{type:t,vnode:n,proxy:r,withProxy:i,propsOptions:[a],slots:s,attrs:c,emit:l,render:u,renderCache:d,props:f,data:p,setupState:m,ctx:h,inheritAttrs:g}=e,_=Dn(e),v,y;try{if(n.shapeFlag&4){let e=i||r,t=e;v=wa(u.call(t,e,d,f,m,p,h)),y=c}else{let e=t;v=wa(e.length>1?e(f,{attrs:c,slots:s,emit:l}):e(f,null)),y=t.props?c:xi(c)}}catch(t){oa.length=0,cn(t,e,1),v=X(J)}let b=v;if(y&&g!==!1){let e=Object.keys(y),{shapeFlag:t}=b;e.length&&t&7&&(a&&e.some(o)&&(y=Si(y,a)),b=xa(b,y,!1,!0))}return n.dirs&&(b=xa(b,null,!1,!0),b.dirs=b.dirs?b.dirs.concat(n.dirs):n.dirs),n.transition&&ur(Hn(b.type)&&lr(b)||b,n.transition),v=b,Dn(_),v}function bi(e,t=!0){let n;for(let t=0;t<e.length;t++){let r=e[t];if(ma(r)){if(r.type!==J||r.children===`v-if`){if(n)return;n=r}}else return}return n}var xi=e=>{let t;for(let n in e)(n===`class`||n===`style`||a(n))&&((t||(t={}))[n]=e[n]);return t},Si=(e,t)=>{let n={};for(let r in e)o(r)&&r.slice(9)in t||(n[r]=e[r]);return n};function Ci(e,t,n){let{props:r,children:i,component:a}=e,{props:o,children:s,patchFlag:c}=t,l=a.emitsOptions;if(t.dirs||t.transition)return!0;if(n&&c>=0){if(c&1024)return!0;if(c&16)return r?wi(r,o,l):!!o;if(c&8){let e=t.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t];if(Ti(o,r,n)&&!vi(l,n))return!0}}}else return(i||s)&&(!s||!s.$stable)?!0:r===o?!1:r?!o||wi(r,o,l):!!o;return!1}function wi(e,t,n){let r=Object.keys(t);if(r.length!==Object.keys(e).length)return!0;for(let i=0;i<r.length;i++){let a=r[i];if(!u(e,a)||Ti(t,e,a)&&!vi(n,a))return!0}return!1}function Ti(e,t,n){let r=e[n],i=t[n];return n===`style`&&v(r)&&v(i)?!Ce(r,i):r!==i}function Ei({vnode:e,parent:t,suspense:n},r){for(;t;){let n=t.subTree;if(n.suspense&&n.suspense.activeBranch===e&&(n.suspense.vnode.el=n.el=r,e=n),n===e)(e=t.vnode).el=r,t=t.parent;else break}n&&n.activeBranch===e&&(n.vnode.el=r)}var Di={},Oi=()=>Object.create(Di),ki=e=>Object.getPrototypeOf(e)===Di;function Ai(e,t,n,r=!1){let i={},a=Oi();e.propsDefaults=Object.create(null),Mi(e,t,i,a);for(let t in e.propsOptions[0])t in i||(i[t]=void 0);e.props=n?r?i:Lt(i):e.type.props?i:a,e.attrs=a}function ji(e,t,n,r){let{props:i,attrs:a,vnode:{patchFlag:o}}=e,s=I(i),[c]=e.propsOptions,l=!1;if((r||o>0)&&!(o&16)){if(o&8){let n=e.vnode.dynamicProps;for(let r=0;r<n.length;r++){let o=n[r];if(vi(e.emitsOptions,o))continue;let d=t[o];if(c){if(u(a,o))d!==a[o]&&(a[o]=d,l=!0);else{let t=T(o);i[t]=Ni(c,s,t,d,e,!1)}}else d!==a[o]&&(a[o]=d,l=!0)}}}else{Mi(e,t,i,a)&&(l=!0);let r;for(let a in s)t&&(u(t,a)||(r=E(a))!==a&&u(t,r))||(c?n&&(n[a]!==void 0||n[r]!==void 0)&&(i[a]=Ni(c,s,a,void 0,e,!0)):delete i[a]);if(a!==s)for(let e in a)t&&u(t,e)||(delete a[e],l=!0)}l&&tt(e.attrs,`set`,``)}function Mi(e,n,r,i){let[a,o]=e.propsOptions,s=!1,c;if(n)for(let t in n){if(ee(t))continue;let l=n[t],d;a&&u(a,d=T(t))?!o||!o.includes(d)?r[d]=l:(c||(c={}))[d]=l:vi(e.emitsOptions,t)||t in i&&l===i[t]||(i[t]=l,s=!0)}if(o){let n=I(r),i=c||t;for(let t=0;t<o.length;t++){let s=o[t];r[s]=Ni(a,n,s,i[s],e,!u(i,s))}}return s}function Ni(e,t,n,r,i,a){let o=e[n];if(o!=null){let e=u(o,`default`);if(e&&r===void 0){let e=o.default;if(o.type!==Function&&!o.skipFactory&&h(e)){let{propsDefaults:a}=i;if(n in a)r=a[n];else{let o=Ia(i);r=a[n]=e.call(null,t),o()}}else r=e;i.ce&&i.ce._setProp(n,r)}o[0]&&(a&&!e?r=!1:o[1]&&(r===``||r===E(n))&&(r=!0))}return r}var Pi=new WeakMap;function Fi(e,r,i=!1){let a=i?Pi:r.propsCache,o=a.get(e);if(o)return o;let c=e.props,l={},f=[],p=!1;if(!h(e)){let t=e=>{p=!0;let[t,n]=Fi(e,r,!0);s(l,t),n&&f.push(...n)};!i&&r.mixins.length&&r.mixins.forEach(t),e.extends&&t(e.extends),e.mixins&&e.mixins.forEach(t)}if(!c&&!p)return v(e)&&a.set(e,n),n;if(d(c))for(let e=0;e<c.length;e++){let n=T(c[e]);Ii(n)&&(l[n]=t)}else if(c)for(let e in c){let t=T(e);if(Ii(t)){let n=c[e],r=l[t]=d(n)||h(n)?{type:n}:s({},n),i=r.type,a=!1,o=!0;if(d(i))for(let e=0;e<i.length;++e){let t=i[e],n=h(t)&&t.name;if(n===`Boolean`){a=!0;break}n===`String`&&(o=!1)}else a=h(i)&&i.name===`Boolean`;r[0]=a,r[1]=o,(a||u(r,`default`))&&f.push(t)}}let m=[l,f];return v(e)&&a.set(e,m),m}function Ii(e){return e[0]!==`$`&&!ee(e)}var Li=e=>e===`_`||e===`_ctx`||e===`$stable`,Ri=e=>d(e)?e.map(wa):[wa(e)],zi=(e,t,n)=>{if(t._n)return t;let r=On((...e)=>Ri(t(...e)),n);return r._c=!1,r},Bi=(e,t,n)=>{let r=e._ctx;for(let n in e){if(Li(n))continue;let i=e[n];if(h(i))t[n]=zi(n,i,r);else if(i!=null){let e=Ri(i);t[n]=()=>e}}},Vi=(e,t)=>{let n=Ri(t);e.slots.default=()=>n},Hi=(e,t,n)=>{for(let r in t)(n||!Li(r))&&(e[r]=t[r])},Ui=(e,t,n)=>{let r=e.slots=Oi();if(e.vnode.shapeFlag&32){let e=t._;e?(Hi(r,t,n),n&&O(r,`_`,e,!0)):Bi(t,r)}else t&&Vi(e,t)},Wi=(e,n,r)=>{let{vnode:i,slots:a}=e,o=!0,s=t;if(i.shapeFlag&32){let e=n._;e?r&&e===1?o=!1:Hi(a,n,r):(o=!n.$stable,Bi(n,a)),s=n}else n&&(Vi(e,n),s={default:1});if(o)for(let e in a)!Li(e)&&s[e]==null&&delete a[e]},K=ra;function Gi(e){return Ki(e)}function Ki(e,i){let a=ue();a.__VUE__=!0;let{insert:o,remove:s,patchProp:c,createElement:l,createText:u,createComment:d,setText:f,setElementText:p,parentNode:m,nextSibling:h,setScopeId:g=r,insertStaticContent:_}=e,v=(e,t,r,i=null,a=null,o=null,s=void 0,c=null,l=!!t.dynamicChildren)=>{if(e===t)return;e&&!ha(e,t)&&(i=be(e),he(e,a,o,!0),e=null),t.patchFlag===-2&&(l=!1,t.dynamicChildren=null),t.dynamicChildren&&e&&e.dynamicChildren&&e.dynamicChildren.hasOnce&&(t.dynamicChildren===n&&(t.dynamicChildren=[]),t.dynamicChildren.hasOnce=!0);let{type:u,ref:d,shapeFlag:f}=t;switch(u){case ia:y(e,t,r,i);break;case J:b(e,t,r,i);break;case aa:e==null&&x(t,r,i,s);break;case q:ae(e,t,r,i,a,o,s,c,l);break;default:f&1?w(e,t,r,i,a,o,s,c,l):f&6?D(e,t,r,i,a,o,s,c,l):(f&64||f&128)&&u.process(e,t,r,i,a,o,s,c,l,Se)}d!=null&&a?_r(d,e&&e.ref,o,t||e,!t):d==null&&e&&e.ref!=null&&_r(e.ref,null,o,e,!0)},y=(e,t,n,r)=>{if(e==null)o(t.el=u(t.children),n,r);else{let n=t.el=e.el;t.children!==e.children&&f(n,t.children)}},b=(e,t,n,r)=>{e==null?o(t.el=d(t.children||``),n,r):t.el=e.el},x=(e,t,n,r)=>{[e.el,e.anchor]=_(e.children,t,n,r,e.el,e.anchor)},S=({el:e,anchor:t},n,r)=>{let i;for(;e&&e!==t;)i=h(e),o(e,n,r),e=i;o(t,n,r)},C=({el:e,anchor:t})=>{let n;for(;e&&e!==t;)n=h(e),s(e),e=n;s(t)},w=(e,t,n,r,i,a,o,s,c)=>{if(t.type===`svg`?o=`svg`:t.type===`math`&&(o=`mathml`),e==null)te(t,n,r,i,a,o,s,c);else{let n=e.el&&e.el._isVueCE?e.el:null;try{n&&n._beginPatch(),re(e,t,i,a,o,s,c)}finally{n&&n._endPatch()}}},te=(e,t,n,r,i,a,s,u)=>{let d,f,{props:m,shapeFlag:h,transition:g,dirs:_}=e;if(d=e.el=l(e.type,a,m&&m.is,m),h&8?p(d,e.children):h&16&&T(e.children,d,null,r,i,qi(e,a),s,u),_&&An(e,null,r,`created`),ne(d,e,e.scopeId,s,r),m){for(let e in m)e!==`value`&&!ee(e)&&c(d,e,null,m[e],a,r);`value`in m&&c(d,`value`,null,m.value,a),(f=m.onVnodeBeforeMount)&&Oa(f,r,e)}_&&An(e,null,r,`beforeMount`);let v=Yi(i,g);v?g.beforeEnter(d):g&&!g.persisted&&(d[na]=!0),o(d,t,n),((f=m&&m.onVnodeMounted)||v||_)&&K(()=>{try{f&&Oa(f,r,e),v&&g.enter(d),_&&An(e,null,r,`mounted`)}finally{}},i)},ne=(e,t,n,r,i)=>{if(n&&g(e,n),r)for(let t=0;t<r.length;t++)g(e,r[t]);if(i){let n=i.subTree;if(t===n||ta(n.type)&&(n.ssContent===t||n.ssFallback===t)){let t=i.vnode;ne(e,t,t.scopeId,t.slotScopeIds,i.parent)}}},T=(e,t,n,r,i,a,o,s,c=0)=>{for(let l=c;l<e.length;l++){let c=e[l]=s?Ta(e[l]):wa(e[l]);v(null,c,t,n,r,i,a,o,s)}},re=(e,n,r,i,a,o,s)=>{let l=n.el=e.el,{patchFlag:u,dynamicChildren:d,dirs:f}=n;u|=e.patchFlag&16;let m=e.props||t,h=n.props||t,g;if(r&&Ji(r,!1),(g=h.onVnodeBeforeUpdate)&&Oa(g,r,n,e),f&&An(n,e,r,`beforeUpdate`),r&&Ji(r,!0),d&&(!e.dynamicChildren||e.dynamicChildren.length!==d.length)&&(u=0,s=!1,d=null),(m.innerHTML&&h.innerHTML==null||m.textContent&&h.textContent==null)&&p(l,``),d?E(e.dynamicChildren,d,l,r,i,qi(n,a),o):s||de(e,n,l,null,r,i,qi(n,a),o,!1),u>0){if(u&16)ie(l,m,h,r,a);else if(u&2&&m.class!==h.class&&c(l,`class`,null,h.class,a),u&4&&c(l,`style`,m.style,h.style,a),u&8){let e=n.dynamicProps;for(let t=0;t<e.length;t++){let n=e[t],i=m[n],o=h[n];(o!==i||n===`value`)&&c(l,n,i,o,a,r)}}u&1&&e.children!==n.children&&p(l,n.children)}else!s&&d==null&&ie(l,m,h,r,a);((g=h.onVnodeUpdated)||f)&&K(()=>{g&&Oa(g,r,n,e),f&&An(n,e,r,`updated`)},i)},E=(e,t,n,r,i,a,o)=>{for(let s=0;s<t.length;s++){let c=e[s],l=t[s],u=c.el||ea(c),d=u&&(c.type===q||!ha(c,l)||c.shapeFlag&198)?m(u):n;v(c,l,d,null,r,i,a,o,!0)}},ie=(e,n,r,i,a)=>{if(n!==r){if(n!==t)for(let t in n)!ee(t)&&!(t in r)&&c(e,t,n[t],null,a,i);for(let t in r){if(ee(t))continue;let o=r[t],s=n[t];o!==s&&t!==`value`&&c(e,t,s,o,a,i)}`value`in r&&c(e,`value`,n.value,r.value,a)}},ae=(e,t,n,r,i,a,s,c,l)=>{let d=t.el=e?e.el:u(``),f=t.anchor=e?e.anchor:u(``),{patchFlag:p,dynamicChildren:m,slotScopeIds:h}=t;h&&(c=c?c.concat(h):h),e==null?(o(d,n,r),o(f,n,r),T(t.children||[],n,f,i,a,s,c,l)):p>0&&p&64&&m&&e.dynamicChildren&&e.dynamicChildren.length===m.length?(E(e.dynamicChildren,m,n,i,a,s,c),(t.key!=null||i&&t===i.subTree)&&Xi(e,t,!0)):de(e,t,n,f,i,a,s,c,l)},D=(e,t,n,r,i,a,o,s,c)=>{t.slotScopeIds=s,e==null?t.shapeFlag&512?i.ctx.activate(t,n,r,o,c):O(t,n,r,i,a,o,c):se(e,t,c)},O=(e,t,n,r,i,a,o)=>{let s=e.component=Ma(e,r,i);if(br(e)&&(s.ctx.renderer=Se),Ba(s,!1,o),s.asyncDep){if(i&&i.registerDep(s,ce,o,a),!e.el){let r=s.subTree=X(J);b(null,r,t,n),e.placeholder=r.el}}else ce(s,e,t,n,i,a,o)},se=(e,t,n)=>{let r=t.component=e.component;if(Ci(e,t,n)){if(r.asyncDep&&!r.asyncResolved){t.el=e.el,t.placeholder=e.placeholder,le(r,t,n);return}r.next=t,r.update()}else t.el=e.el,t.placeholder=e.placeholder,r.vnode=t},ce=(e,t,n,r,i,a,o)=>{let s=()=>{if(e.isMounted){let{next:t,bu:n,u:r,parent:s,vnode:c}=e;{let n=Qi(e);if(n){t&&(t.el=c.el,le(e,t,o)),n.asyncDep.then(()=>{let t=()=>{e.job.flags&8||(i&&i.pendingBranch?K(t,i):l())};t.flags=48,K(t,i)});return}}let u=t,d;Ji(e,!1),t?(t.el=c.el,le(e,t,o)):t=c,n&&oe(n),(d=t.props&&t.props.onVnodeBeforeUpdate)&&Oa(d,s,t,c),Ji(e,!0);let f=yi(e),p=e.subTree;e.subTree=f,v(p,f,m(p.el||ea(p)),be(p),e,i,a),t.el=f.el,u===null&&Ei(e,f.el),r&&K(r,i),(d=t.props&&t.props.onVnodeUpdated)&&K(()=>Oa(d,s,t,c),i)}else{let o,{el:s,props:c}=t,{bm:l,m:u,parent:d,root:f,type:p}=e,m=yr(t);if(Ji(e,!1),l&&oe(l),!m&&(o=c&&c.onVnodeBeforeMount)&&Oa(o,d,t),Ji(e,!0),s&&we){let t=()=>{e.subTree=yi(e),we(s,e.subTree,e,i,null)};m&&p.__asyncHydrate?p.__asyncHydrate(s,e,t):t()}else{f.ce&&f.ce._hasShadowRoot()&&f.ce._injectChildStyle(p,e.parent?e.parent.type:void 0);let o=e.subTree=yi(e);v(null,o,n,r,e,i,a),t.el=o.el}if(u&&K(u,i),!m&&(o=c&&c.onVnodeMounted)){let e=t;K(()=>Oa(o,d,e),i)}(t.shapeFlag&256||d&&yr(d.vnode)&&d.vnode.shapeFlag&256)&&e.a&&K(e.a,i),e.isMounted=!0,t=n=r=null}};e.scope.on();let c=e.effect=new Me(s);e.scope.off();let l=e.update=c.run.bind(c),u=e.job=c.runIfDirty.bind(c);u.i=e,u.id=e.uid,c.scheduler=()=>_n(u),Ji(e,!0),l()},le=(e,t,n)=>{t.component=e;let r=e.vnode.props;e.vnode=t,e.next=null,ji(e,t.props,r,n),Wi(e,t.children,n),M(),bn(e),N()},de=(e,t,n,r,i,a,o,s,c=!1)=>{let l=e&&e.children,u=e?e.shapeFlag:0,d=t.children,{patchFlag:f,shapeFlag:m}=t;if(f>0){if(f&128){pe(l,d,n,r,i,a,o,s,c);return}if(f&256){fe(l,d,n,r,i,a,o,s,c);return}}m&8?(u&16&&ye(l,i,a),d!==l&&p(n,d)):u&16?m&16?pe(l,d,n,r,i,a,o,s,c):ye(l,i,a,!0):(u&8&&p(n,``),m&16&&T(d,n,r,i,a,o,s,c))},fe=(e,t,r,i,a,o,s,c,l)=>{e=e||n,t=t||n;let u=e.length,d=t.length,f=Math.min(u,d),p=0;for(;p<f;p++){let n=t[p]=l?Ta(t[p]):wa(t[p]);v(e[p],n,r,null,a,o,s,c,l)}u>d?ye(e,a,o,!0,!1,f):T(t,r,i,a,o,s,c,l,f)},pe=(e,t,r,i,a,o,s,c,l)=>{let u=0,d=t.length,f=e.length-1,p=d-1;for(;u<=f&&u<=p;){let n=e[u],i=t[u]=l?Ta(t[u]):wa(t[u]);if(ha(n,i))v(n,i,r,null,a,o,s,c,l);else break;u++}for(;u<=f&&u<=p;){let n=e[f],i=t[p]=l?Ta(t[p]):wa(t[p]);if(ha(n,i))v(n,i,r,null,a,o,s,c,l);else break;f--,p--}if(u>f){if(u<=p){let e=p+1,n=e<d?t[e].el:i;for(;u<=p;)v(null,t[u]=l?Ta(t[u]):wa(t[u]),r,n,a,o,s,c,l),u++}}else if(u>p)for(;u<=f;)he(e[u],a,o,!0),u++;else{let m=u,h=u,g=new Map;for(u=h;u<=p;u++){let e=t[u]=l?Ta(t[u]):wa(t[u]);e.key!=null&&g.set(e.key,u)}let _,y=0,b=p-h+1,x=!1,S=0,C=Array(b);for(u=0;u<b;u++)C[u]=0;for(u=m;u<=f;u++){let n=e[u];if(y>=b){he(n,a,o,!0);continue}let i;if(n.key!=null)i=g.get(n.key);else for(_=h;_<=p;_++)if(C[_-h]===0&&ha(n,t[_])){i=_;break}i===void 0?he(n,a,o,!0):(C[i-h]=u+1,i>=S?S=i:x=!0,v(n,t[i],r,null,a,o,s,c,l),y++)}let w=x?Zi(C):n;for(_=w.length-1,u=b-1;u>=0;u--){let e=h+u,n=t[e],f=t[e+1],p=e+1<d?f.el||ea(f):i;C[u]===0?v(null,n,r,p,a,o,s,c,l):x&&(_<0||u!==w[_]?me(n,r,p,2):_--)}}},me=(e,t,n,r,i=null)=>{let{el:a,type:c,transition:l,children:u,shapeFlag:d}=e;if(d&6)me(e.component.subTree,t,n,r);else if(d&128)e.suspense.move(t,n,r);else if(d&64)c.move(e,t,n,Se);else if(c===q){o(a,t,n);for(let e=0;e<u.length;e++)me(u[e],t,n,r);o(e.anchor,t,n)}else if(c===aa)S(e,t,n);else if(r!==2&&d&1&&l){if(r===0)l.persisted&&!a[U]?o(a,t,n):(l.beforeEnter(a),o(a,t,n),K(()=>l.enter(a),i));else{let{leave:r,delayLeave:i,afterLeave:c}=l,u=()=>{e.ctx.isUnmounted?s(a):o(a,t,n)},d=()=>{let e=a._isLeaving||!!a[U];a._isLeaving&&a[U](!0),l.persisted&&!e?u():r(a,()=>{u(),c&&c()})};i?i(a,u,d):d()}}else o(a,t,n)},he=(e,t,n,r=!1,i=!1)=>{let{type:a,props:o,ref:s,children:c,dynamicChildren:l,shapeFlag:u,patchFlag:d,dirs:f,cacheIndex:p,memo:m}=e;if((d===-2||l&&l.hasOnce)&&(i=!1),s!=null&&(M(),_r(s,null,n,e,!0),N()),p==null||e.ctx&&e.ctx!==t||(t.renderCache[p]=void 0),u&256&&t.ctx.deactivate(e))return;let h=u&1&&f,g=!yr(e),_;if(g&&(_=o&&o.onVnodeBeforeUnmount)&&Oa(_,t,e),u&6)ve(e.component,n,r);else{if(u&128){e.suspense.unmount(n,r);return}h&&An(e,null,t,`beforeUnmount`),u&64?e.type.remove(e,t,n,Se,r):l&&!l.hasOnce&&(a!==q||d>0&&d&64)?ye(l,t,n,!1,!0):(a===q&&d&384||!i&&u&16)&&ye(c,t,n),r&&ge(e)}let v=m!=null&&p==null;(g&&(_=o&&o.onVnodeUnmounted)||h||v)&&K(()=>{_&&Oa(_,t,e),h&&An(e,null,t,`unmounted`),v&&(e.el=null)},n)},ge=e=>{let{type:t,el:n,anchor:r,transition:i}=e,a=t===q;if(a&&!i){_e(n,r);return}if(t===aa){C(e),i&&!i.persisted&&i.afterLeave&&i.afterLeave();return}let o=a?fr(e):e,c=()=>{a?m(n)&&_e(n,r):s(n),i&&!i.persisted&&i.afterLeave&&i.afterLeave()};if(o&&o.shapeFlag&1&&i&&!i.persisted){let{leave:e,delayLeave:t}=i,n=o.el,r=()=>e(n,c);t?t(n,c,r):r()}else c()},_e=(e,t)=>{let n;for(;e!==t;)n=h(e),s(e),e=n;s(t)},ve=(e,t,n)=>{let{bum:r,scope:i,job:a,subTree:o,um:s,m:c,a:l}=e;$i(c),$i(l),r&&oe(r),i.stop(),a?(a.flags|=8,he(o,e,t,n)):o&&(o.transition=e.vnode.transition,he(o,e,t,n)),s&&K(s,t);let u=()=>{e.isUnmounted=!0};u.flags=16,K(u,t)},ye=(e,t,n,r=!1,i=!1,a=0)=>{for(let o=a;o<e.length;o++)he(e[o],t,n,r,i)},be=e=>{if(e.shapeFlag&6)return be(e.component.subTree);if(e.shapeFlag&128)return e.suspense.next();let t=h(e.anchor||e.el),n=t&&t[Vn];return n?h(n):t},xe=(e,t,n)=>{Cn(()=>{e==null?t._vnode&&he(t._vnode,null,null,!0):v(t._vnode||null,e,t,null,null,null,n),t._vnode=e},e&&t._vnode?void 0:e&&e.component?e.component.uid:ja())},Se={p:v,um:he,m:me,r:ge,mt:O,mc:T,pc:de,pbc:E,n:be,o:e},Ce,we;return i&&([Ce,we]=i(Se)),{render:xe,hydrate:Ce,createApp:fi(xe,Ce)}}function qi({type:e,props:t},n){return n===`svg`&&e===`foreignObject`||n===`mathml`&&e===`annotation-xml`&&t&&t.encoding&&t.encoding.includes(`html`)?void 0:n}function Ji({effect:e,job:t},n){n?(e.flags|=32,t.flags|=4):(e.flags&=-33,t.flags&=-5)}function Yi(e,t){return(!e||e&&!e.pendingBranch)&&t&&!t.persisted}function Xi(e,t,n=!1){let r=e.children,i=t.children;if(d(r)&&d(i))for(let e=0;e<r.length;e++){let t=r[e],a=i[e];a.shapeFlag&1&&!a.dynamicChildren&&((a.patchFlag<=0||a.patchFlag===32)&&(a=i[e]=Ta(i[e]),a.el=t.el),!n&&a.patchFlag!==-2&&Xi(t,a)),a.type===ia&&(a.patchFlag===-1&&(a=i[e]=Ta(a)),a.el=t.el),a.type===J&&!a.el&&(a.el=t.el)}}function Zi(e){let t=e.slice(),n=[0],r,i,a,o,s,c=e.length;for(r=0;r<c;r++){let c=e[r];if(c!==0){if(i=n[n.length-1],e[i]<c){t[r]=i,n.push(r);continue}for(a=0,o=n.length-1;a<o;)s=a+o>>1,e[n[s]]<c?a=s+1:o=s;c<e[n[a]]&&(a>0&&(t[r]=n[a-1]),n[a]=r)}}for(a=n.length,o=n[a-1];a-->0;)n[a]=o,o=t[o];return n}function Qi(e){let t=e.subTree.component;if(t)return t.asyncDep&&!t.asyncResolved?t:Qi(t)}function $i(e){if(e)for(let t=0;t<e.length;t++)e[t].flags|=8}function ea(e){if(e.placeholder)return e.placeholder;let t=e.component;if(t)return ea(t.subTree);let n=e.suspense;return n&&n.activeBranch?ea(n.activeBranch):null}var ta=e=>e.__isSuspense,na=Symbol(`_deferredEnter`);function ra(e,t){t&&t.pendingBranch?d(e)?t.effects.push(...e):t.effects.push(e):yn(e)}var q=Symbol.for(`v-fgt`),ia=Symbol.for(`v-txt`),J=Symbol.for(`v-cmt`),aa=Symbol.for(`v-stc`),oa=[],Y=null;function sa(e=!1){oa.push(Y=e?null:[])}function ca(){oa.pop(),Y=oa[oa.length-1]||null}var la=1;function ua(e,t=!1){la+=e,e<0&&Y&&t&&(Y.hasOnce=!0)}function da(e){return e.dynamicChildren=la>0?Y||n:null,ca(),la>0&&Y&&Y.push(e),e}function fa(e,t,n,r,i,a){return da(va(e,t,n,r,i,a,!0))}function pa(e,t,n,r,i){return da(X(e,t,n,r,i,!0))}function ma(e){return e?e.__v_isVNode===!0:!1}function ha(e,t){return e.type===t.type&&e.key===t.key}var ga=({key:e})=>e==null?null:e,_a=({ref:e,ref_key:t,ref_for:n})=>(typeof e==`number`&&(e=``+e),e==null?null:g(e)||R(e)||h(e)?{i:H,r:e,k:t,f:!!n}:e);function va(e,t=null,n=null,r=0,i=null,a=e===q?0:1,o=!1,s=!1){let c={__v_isVNode:!0,__v_skip:!0,type:e,props:t,key:t&&ga(t),ref:t&&_a(t),scopeId:En,slotScopeIds:null,children:n,component:null,suspense:null,ssContent:null,ssFallback:null,dirs:null,transition:null,el:null,anchor:null,target:null,targetStart:null,targetAnchor:null,staticCount:0,shapeFlag:a,patchFlag:r,dynamicProps:i,dynamicChildren:null,appContext:null,ctx:H};return s?(Ea(c,n),a&128&&e.normalize(c)):n&&(c.shapeFlag|=g(n)?8:16),la>0&&!o&&Y&&(c.patchFlag>0||a&6)&&c.patchFlag!==32&&Y.push(c),c}var X=ya;function ya(e,t=null,n=null,r=0,i=null,a=!1){if(e&&e!==zr||(e=J),ma(e)){let r=xa(e,t,!0);return n&&Ea(r,n),la>0&&!a&&Y&&(r.shapeFlag&6?Y[Y.indexOf(e)]=r:Y.push(r)),r.patchFlag=-2,r}if(Ya(e)&&(e=e.__vccOpts),t){t=ba(t);let{class:e,style:n}=t;e&&!g(e)&&(t.class=ge(e)),v(n)&&(Ht(n)&&!d(n)&&(n=s({},n)),t.style=de(n))}let o=g(e)?1:ta(e)?128:Hn(e)?64:v(e)?4:h(e)?2:0;return va(e,t,n,r,i,o,a,!0)}function ba(e){return e?Ht(e)?s({},e):ki(e)?s({},e[Wa]||e):e:null}function xa(e,t,n=!1,r=!1){let{props:i,ref:a,patchFlag:o,children:s,transition:c}=e,l=t?Da(i||{},t):i,u={__v_isVNode:!0,__v_skip:!0,type:e.type,props:l,key:l&&ga(l),ref:t&&t.ref?n&&a?d(a)?a.concat(_a(t)):[a,_a(t)]:_a(t):a,scopeId:e.scopeId,slotScopeIds:e.slotScopeIds,children:s,target:e.target,targetStart:e.targetStart,targetAnchor:e.targetAnchor,staticCount:e.staticCount,shapeFlag:e.shapeFlag,patchFlag:t&&e.type!==q?o===-1?16:o|16:o,dynamicProps:e.dynamicProps,dynamicChildren:e.dynamicChildren,appContext:e.appContext,dirs:e.dirs,transition:c,component:e.component,suspense:e.suspense,ssContent:e.ssContent&&xa(e.ssContent),ssFallback:e.ssFallback&&xa(e.ssFallback),placeholder:e.placeholder,el:e.el,anchor:e.anchor,ctx:e.ctx,ce:e.ce,cacheIndex:e.cacheIndex};return c&&r&&ur(u,c.clone(u)),u}function Sa(e=` `,t=0){return X(ia,null,e,t)}function Ca(e=``,t=!1){return t?(sa(),pa(J,null,e)):X(J,null,e)}function wa(e){return e==null||typeof e==`boolean`?X(J):d(e)?X(q,null,e.slice()):ma(e)?Ta(e):X(ia,null,String(e))}function Ta(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:xa(e)}function Ea(e,t){let n=0,{shapeFlag:r}=e;if(t==null)t=null;else if(d(t))n=16;else if(typeof t==`object`){if(r&65){let n=t.default;n&&(n._c&&(n._d=!1),Ea(e,n()),n._c&&(n._d=!0));return}{n=32;let r=t._;!r&&!ki(t)?t._ctx=H:r===3&&H&&(H.slots._===1?t._=1:(t._=2,e.patchFlag|=1024))}}else if(h(t)){if(r&65){Ea(e,{default:t});return}t={default:t,_ctx:H},n=32}else t=String(t),r&64?(n=16,t=[Sa(t)]):n=8;e.children=t,e.shapeFlag|=n}function Da(...e){let t={};for(let n=0;n<e.length;n++){let r=e[n];for(let e in r)if(e===`class`)t.class!==r.class&&(t.class=ge([t.class,r.class]));else if(e===`style`)t.style=de([t.style,r.style]);else if(a(e)){let n=t[e],i=r[e];i&&n!==i&&!(d(n)&&n.includes(i))?t[e]=n?[].concat(n,i):i:i==null&&n==null&&!o(e)&&(t[e]=i)}else e!==``&&(t[e]=r[e])}return t}function Oa(e,t,n,r=null){z(e,t,7,[n,r])}var ka=ui(),Aa=0;function ja(){return Aa}function Ma(e,n,r){let i=e.type,a=(n?n.appContext:e.appContext)||ka,o={uid:Aa++,vnode:e,type:i,parent:n,appContext:a,root:null,next:null,subTree:null,effect:null,update:null,job:null,scope:new ke(!0),render:null,proxy:null,exposed:null,exposeProxy:null,withProxy:null,provides:n?n.provides:Object.create(a.provides),ids:n?n.ids:[``,0,0],accessCache:null,renderCache:[],components:null,directives:null,propsOptions:Fi(i,a),emitsOptions:_i(i,a),emit:null,emitted:null,propsDefaults:t,inheritAttrs:i.inheritAttrs,ctx:t,data:t,props:t,attrs:t,slots:t,refs:t,setupState:t,setupContext:null,suspense:r,suspenseId:r?r.pendingId:0,asyncDep:null,asyncResolved:!1,isMounted:!1,isUnmounted:!1,isDeactivated:!1,bc:null,c:null,bm:null,m:null,bu:null,u:null,um:null,bum:null,da:null,a:null,rtg:null,rtc:null,ec:null,sp:null};return o.ctx={_:o},o.root=n?n.root:o,o.emit=hi.bind(null,o),e.ce&&e.ce(o),o}var Z=null,Na=()=>Z||H,Pa,Fa;{let e=ue(),t=(t,n)=>{let r;return(r=e[t])||(r=e[t]=[]),r.push(n),e=>{r.length>1?r.forEach(t=>t(e)):r[0](e)}};Pa=t(`__VUE_INSTANCE_SETTERS__`,e=>Z=e),Fa=t(`__VUE_SSR_SETTERS__`,e=>za=e)}var Ia=e=>{let t=Z;return Pa(e),e.scope.on(),()=>{e.scope.off(),Pa(t)}},La=()=>{Z&&Z.scope.off(),Pa(null)};function Ra(e){return e.vnode.shapeFlag&4}var za=!1;function Ba(e,t=!1,n=!1){t&&Fa(t);let{props:r,children:i}=e.vnode,a=Ra(e);Ai(e,r,a,t),Ui(e,i,n||t);let o=a?Va(e,t):void 0;return t&&Fa(!1),o}function Va(e,t){let n=e.type;e.accessCache=Object.create(null),e.proxy=new Proxy(e.ctx,Jr);let{setup:r}=n;if(r){M();let n=e.setupContext=r.length>1?Ka(e):null,i=Ia(e),a=sn(r,e,0,[e.props,n]),o=y(a);if(N(),i(),(o||e.sp)&&!yr(e)&&mr(e),o){if(a.then(La,La),t)return a.then(n=>{Fa(!0);try{Ha(e,n,t)}finally{Fa(!1)}}).catch(t=>{cn(t,e,0,void 0,!0),e.ssrRender=(e,t)=>t(`<!---->`)});e.asyncDep=a}else Ha(e,a,t)}else Ua(e,t)}function Ha(e,t,n){h(t)?e.type.__ssrInlineRender?e.ssrRender=t:e.render=t:v(t)&&(e.setupState=Zt(t)),Ua(e,n)}function Ua(e,t,n){let i=e.type;e.render||(e.render=i.render||r);{let t=Ia(e);M();try{Zr(e)}finally{N(),t()}}}var Wa=Symbol(),Ga={get(e,t){return P(e,`get`,``),t===Wa?e:e[t]}};function Ka(e){return{attrs:new Proxy(e.attrs,Ga),slots:e.slots,emit:e.emit,expose:t=>{e.exposed=t||{}}}}function qa(e){return e.exposed?e.exposeProxy||(e.exposeProxy=new Proxy(Zt(Ut(e.exposed)),{get(t,n){if(n in t)return t[n];if(n in Kr)return Kr[n](e)},has(e,t){return t in e||t in Kr}})):e.proxy}function Ja(e,t=!0){return h(e)?e.displayName||e.name:e.name||t&&e.__name}function Ya(e){return h(e)&&`__vccOpts`in e}var Xa=(e,t)=>$t(e,t,za);function Za(e,t,n){try{ua(-1);let r=arguments.length;return r===2?v(t)&&!d(t)?ma(t)?X(e,null,[t]):X(e,t):X(e,null,t):(r>3?n=Array.prototype.slice.call(arguments,2):r===3&&ma(n)&&(n=[n]),X(e,t,n))}finally{ua(1)}}var Qa=`3.5.45`,$a=e=>e.startsWith(`/`);function eo(e){return typeof e==`object`||`displayName`in e||`props`in e||`__vccOpts`in e}function to(e){return e.__esModule||e[Symbol.toStringTag]===`Module`||e.default&&eo(e.default)}var no=Object.assign;function ro(e,t){let n={};for(let r in t){let i=t[r];n[r]=ao(i)?i.map(e):e(i)}return n}var io=()=>{},ao=Array.isArray;function oo(e,t){let n={};for(let r in e)n[r]=r in t?t[r]:e[r];return n}var so=Symbol(``);function co(e,t){return no(Error(),{type:e,[so]:!0},t)}function lo(e,t){return e instanceof Error&&so in e&&(t==null||!!(e.type&t))}var uo=Symbol(``),fo=Symbol(``),po=Symbol(``),mo=Symbol(``),ho=Symbol(``),go=Symbol(``);function _o(){return Mn(po)}function vo(e){return Mn(mo)}var yo=(e,t)=>{let n=e.__vccOpts||e;for(let[e,r]of t)n[e]=r;return n},bo=class extends Error{constructor(e,t){super(t),this.name=`ApiError`,this.code=e}},xo=`xuefa.token`;function So(){try{return localStorage.getItem(xo)}catch{return null}}function Co(e){try{e?localStorage.setItem(xo,e):localStorage.removeItem(xo)}catch{}}var wo=null;function To(e){wo=e}var Eo=e=>new Promise(t=>setTimeout(t,e));function Do(e,t){let n=t?Number(t):NaN;if(Number.isFinite(n)&&n>0)return Math.min(n,30)*1e3;let r=500*2**e;return Math.min(r,8e3)*(.75+Math.random()*.5)}async function Oo(e,t){var n;let r=(n=t.busyRetries)==null?5:n;for(let n=0;;n++){var i,a,o;let s;try{s=await fetch(`/graphql`,{...e(),signal:t.signal})}catch(e){throw(e==null?void 0:e.name)===`AbortError`?e:new bo(`NETWORK`,`网络连接中断，请检查网络后重试`)}Ao(s.headers.get(`Date`));let c=null;try{c=await s.json()}catch{c=null}let l=c==null||(i=c.errors)==null?void 0:i[0],u=(a=l==null||(o=l.extensions)==null?void 0:o.code)==null?s.status===503?`BUSY`:void 0:a;if(u===`BUSY`&&n<r)await Eo(Do(n,s.headers.get(`Retry-After`)));else{if(l){let e=u==null?`INTERNAL`:u;throw(e===`UNAUTHENTICATED`||e===`PASSWORD_CHANGE_REQUIRED`)&&wo&&So()&&wo(e),new bo(e,l.message)}if(!s.ok||!c||c.data==null)throw s.status===503?new bo(`BUSY`,`服务器繁忙，请稍后再试`):new bo(`INTERNAL`,`服务器暂时无法处理请求（HTTP ${s.status}），请稍后再试`);return c.data}}}var ko=0;function Ao(e){let t=e?Date.parse(e):NaN;Number.isFinite(t)&&(ko=t+500-Date.now())}function jo(){return Date.now()+ko}function Mo(){let e=So();return e?{Authorization:`Bearer ${e}`}:{}}function No(e,t,n={}){let r=JSON.stringify({query:e.toString(),variables:t==null?{}:t});return Oo(()=>({method:`POST`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...Mo()},body:r}),n)}function Po(e,t,n,r,i={}){return Oo(()=>{let i=new FormData;return i.append(`operations`,JSON.stringify({query:e.toString(),variables:{...t,[n]:null}})),i.append(`map`,JSON.stringify({0:[`variables.${n}`]})),i.append(`0`,r,r.name),{method:`POST`,headers:{Accept:`application/json`,"GraphQL-Preflight":`1`,...Mo()},body:i}},i)}function Fo(e){return e instanceof bo?e.message:`出现意外错误，请刷新页面后重试`}var Q=class extends String{constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Io={"\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      mustChangePassword\n      account { id name phone }\n    }\n  }\n":new Q(`
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
    `),"\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n":new Q(`
    mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
}
    `),"\n  mutation Logout {\n    logout\n  }\n":new Q(`
    mutation Logout {
  logout
}
    `),"\n  query Me {\n    me {\n      id\n      name\n      phone\n      mustChangePassword\n      roles { role }\n      learner {\n        id\n        name\n        rank\n        status\n        retirementDate\n        unit { id name hasInternet }\n      }\n    }\n  }\n":new Q(`
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
    `),"\n  query Home {\n    currentCampaign {\n      id\n      year\n      title\n      readerTitle\n      requiredPoints\n      passScore\n      durationMinutes\n      mainWindow { start end }\n      makeupWindow { start end }\n    }\n    notices(first: 5) {\n      totalCount\n      nodes { id title body postedAt region { name } }\n    }\n  }\n":new Q(`
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
    `),"\n  query MyStanding($campaignId: ID!) {\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      completedOn\n      byCategory { category points cap required }\n    }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new Q(`
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
    `),"\n  query StudyItems($campaignId: ID!) {\n    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }\n    myStudy(campaignId: $campaignId) {\n      total\n      required\n      eligible\n      byCategory { category points cap required }\n      history { category points itemId creditedAt }\n    }\n  }\n":new Q(`
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
    `),"\n  query StudyItem($id: ID!) {\n    studyItem(id: $id) { id category title body points minReadingSeconds }\n  }\n":new Q(`
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
    `),"\n  mutation OpenStudyItem($itemId: ID!) {\n    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }\n  }\n":new Q(`
    mutation OpenStudyItem($itemId: ID!) {
  openStudyItem(itemId: $itemId) {
    openedAt
    completableAt
    creditedPoints
  }
}
    `),"\n  mutation CompleteStudyItem($itemId: ID!) {\n    completeStudyItem(itemId: $itemId) {\n      total\n      history { itemId points }\n    }\n  }\n":new Q(`
    mutation CompleteStudyItem($itemId: ID!) {
  completeStudyItem(itemId: $itemId) {
    total
    history {
      itemId
      points
    }
  }
}
    `),"\n  query ExamOverview($campaignId: ID!) {\n    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }\n    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }\n    myEligibility(campaignId: $campaignId) {\n      mayStartNow\n      liveAttemptId\n      obstacle\n      reason\n      fromDay\n      studyDeadline\n      openSession { id kind startsAt endsAt centreName }\n      nextSession { id kind startsAt endsAt centreName }\n    }\n  }\n":new Q(`
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
    `),"\n  mutation StartExam($sessionId: ID!) {\n    startExam(sessionId: $sessionId) { id }\n  }\n":new Q(`
    mutation StartExam($sessionId: ID!) {
  startExam(sessionId: $sessionId) {
    id
  }
}
    `),"\n  query ExamPaper($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      startedAt\n      deadline\n      remainingSeconds\n      questions { id type stem points options { key text } }\n      answers { questionId choices }\n    }\n  }\n":new Q(`
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
    `),"\n  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {\n    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {\n      saved\n      remainingSeconds\n    }\n  }\n":new Q(`
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
    `),"\n  mutation SubmitExam($attemptId: ID!) {\n    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }\n  }\n":new Q(`
    mutation SubmitExam($attemptId: ID!) {
  submitExam(attemptId: $attemptId) {
    attemptId
    score
    passed
    submittedAt
  }
}
    `),"\n  query ExamResult($id: ID!) {\n    examAttempt(id: $id) {\n      id\n      kind\n      status\n      submittedAt\n      autoSubmitted\n      score\n      passed\n      questions { id type stem options { key text } }\n      answers { questionId choices }\n      review { questionId correct explanation lawSource }\n    }\n  }\n":new Q(`
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
    `),"\n  query MyExemptions($campaignId: ID!) {\n    myExemptions(campaignId: $campaignId) {\n      id\n      status\n      reason\n      appliedAt\n      attachmentName\n      decisions { approve comment decidedAt decidedBy overrule }\n    }\n  }\n":new Q(`
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
    `),"\n  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {\n    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }\n  }\n":new Q(`
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
    `),"\n  mutation TransferIn($phone: String!, $unitId: ID!) {\n    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }\n  }\n":new Q(`
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
    `),"\n  query ExamClock($id: ID!) {\n    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }\n  }\n":new Q(`
    query ExamClock($id: ID!) {
  examAttempt(id: $id) {
    id
    status
    remainingSeconds
    autoSubmitted
  }
}
    `),"\n  query SearchUnits($name: String!) {\n    searchUnits(name: $name) { id name regionName }\n  }\n":new Q(`
    query SearchUnits($name: String!) {
  searchUnits(name: $name) {
    id
    name
    regionName
  }
}
    `)};function $(e){var t;return(t=Io[e])==null?{}:t}var Lo=$(`
  mutation Login($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      expiresAt
      mustChangePassword
      account { id name phone }
    }
  }
`),Ro=$(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),zo=$(`
  mutation Logout {
    logout
  }
`),Bo=$(`
  query Me {
    me {
      id
      name
      phone
      mustChangePassword
      roles { role }
      learner {
        id
        name
        rank
        status
        retirementDate
        unit { id name hasInternet }
      }
    }
  }
`),Vo=$(`
  query Home {
    currentCampaign {
      id
      year
      title
      readerTitle
      requiredPoints
      passScore
      durationMinutes
      mainWindow { start end }
      makeupWindow { start end }
    }
    notices(first: 5) {
      totalCount
      nodes { id title body postedAt region { name } }
    }
  }
`),Ho=$(`
  query MyStanding($campaignId: ID!) {
    myStudy(campaignId: $campaignId) {
      total
      required
      eligible
      completedOn
      byCategory { category points cap required }
    }
    myEligibility(campaignId: $campaignId) {
      mayStartNow
      liveAttemptId
      obstacle
      reason
      fromDay
      studyDeadline
      openSession { id kind startsAt endsAt centreName }
      nextSession { id kind startsAt endsAt centreName }
    }
  }
`),Uo=$(`
  query StudyItems($campaignId: ID!) {
    studyItems(campaignId: $campaignId) { id category title points minReadingSeconds position }
    myStudy(campaignId: $campaignId) {
      total
      required
      eligible
      byCategory { category points cap required }
      history { category points itemId creditedAt }
    }
  }
`),Wo=$(`
  query StudyItem($id: ID!) {
    studyItem(id: $id) { id category title body points minReadingSeconds }
  }
`),Go=$(`
  mutation OpenStudyItem($itemId: ID!) {
    openStudyItem(itemId: $itemId) { openedAt completableAt creditedPoints }
  }
`),Ko=$(`
  mutation CompleteStudyItem($itemId: ID!) {
    completeStudyItem(itemId: $itemId) {
      total
      history { itemId points }
    }
  }
`),qo=$(`
  query ExamOverview($campaignId: ID!) {
    examSessions(campaignId: $campaignId) { id kind startsAt endsAt centreName }
    myAttempts(campaignId: $campaignId) { id kind status startedAt submittedAt autoSubmitted score passed }
    myEligibility(campaignId: $campaignId) {
      mayStartNow
      liveAttemptId
      obstacle
      reason
      fromDay
      studyDeadline
      openSession { id kind startsAt endsAt centreName }
      nextSession { id kind startsAt endsAt centreName }
    }
  }
`),Jo=$(`
  mutation StartExam($sessionId: ID!) {
    startExam(sessionId: $sessionId) { id }
  }
`),Yo=$(`
  query ExamPaper($id: ID!) {
    examAttempt(id: $id) {
      id
      kind
      status
      startedAt
      deadline
      remainingSeconds
      questions { id type stem points options { key text } }
      answers { questionId choices }
    }
  }
`),Xo=$(`
  mutation SaveAnswer($attemptId: ID!, $questionId: ID!, $choices: [String!]!, $clientSeq: Int) {
    saveAnswer(attemptId: $attemptId, questionId: $questionId, choices: $choices, clientSeq: $clientSeq) {
      saved
      remainingSeconds
    }
  }
`),Zo=$(`
  mutation SubmitExam($attemptId: ID!) {
    submitExam(attemptId: $attemptId) { attemptId score passed submittedAt }
  }
`),Qo=$(`
  query ExamResult($id: ID!) {
    examAttempt(id: $id) {
      id
      kind
      status
      submittedAt
      autoSubmitted
      score
      passed
      questions { id type stem options { key text } }
      answers { questionId choices }
      review { questionId correct explanation lawSource }
    }
  }
`),$o=$(`
  query MyExemptions($campaignId: ID!) {
    myExemptions(campaignId: $campaignId) {
      id
      status
      reason
      appliedAt
      attachmentName
      decisions { approve comment decidedAt decidedBy overrule }
    }
  }
`),es=$(`
  mutation ApplyExemption($campaignId: ID!, $reason: String!, $attachment: Upload) {
    applyExemption(campaignId: $campaignId, reason: $reason, attachment: $attachment) { id status }
  }
`),ts=$(`
  mutation TransferIn($phone: String!, $unitId: ID!) {
    transferIn(phone: $phone, unitId: $unitId) { id status unit { id name } }
  }
`),ns=$(`
  query ExamClock($id: ID!) {
    examAttempt(id: $id) { id status remainingSeconds autoSubmitted }
  }
`),rs=$(`
  query SearchUnits($name: String!) {
    searchUnits(name: $name) { id name regionName }
  }
`);export{z as $,ge as $t,yo as A,It as At,oo as B,ve as Bt,So as C,Ur as Ct,jo as D,On as Dt,No as E,Fn as Et,ao as F,Yt as Ft,go as G,v as Gt,mo as H,d as Ht,to as I,T as It,fo as J,_e as Jt,vo as K,a as Kt,lo as L,ie as Lt,no as M,Gt as Mt,co as N,Lt as Nt,Co as O,kn as Ot,$a as P,Kt as Pt,Zn as Q,we as Qt,eo as R,s as Rt,bo as S,Hr as St,To as T,In as Tt,po as U,h as Ut,io as V,oe as Vt,ho as W,o as Wt,nr as X,_ as Xt,ar as Y,g as Yt,q as Z,Ce as Zt,Jo as _,Sr as _t,qo as a,Gi as at,Zo as b,sa as bt,Vo as c,pr as ct,Bo as d,Mn as dt,Ee as en,Xa as et,$o as f,ma as ft,rs as g,jr as gt,Xo as h,xr as ht,ns as i,fa as it,ro as j,Rt as jt,Po as k,R as kt,Lo as l,Na as lt,Go as m,hn as mt,Ro as n,pa as nt,Yo as o,Sa as ot,Ho as p,Da as pt,_o as q,p as qt,Ko as r,Ca as rt,Qo as s,X as st,es as t,ce as tn,va as tt,zo as u,Za as ut,Wo as v,Or as vt,Fo as w,Rr as wt,ts as x,jn as xt,Uo as y,Mr as yt,uo as z,E as zt};
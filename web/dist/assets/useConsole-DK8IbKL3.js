import{At as e,C as t,Ct as n,Et as r,F as i,J as a,M as o,Nt as s,Ot as c,_t as l,at as u,ct as d,dt as f,ft as p,gt as m,it as h,jt as g,lt as ee,mt as _,pt as v,rt as te,wt as ne,xt as y}from"./vue-Ckk11KjV.js";import{D as re,S as b,k as ie}from"./api-at8UT8xL.js";var ae=[``,`default`,`small`,`large`],oe=typeof global==`object`&&global&&global.Object===Object&&global,se=typeof self==`object`&&self&&self.Object===Object&&self,x=oe||se||Function(`return this`)(),S=x.Symbol,ce=Object.prototype,le=ce.hasOwnProperty,ue=ce.toString,C=S?S.toStringTag:void 0;function de(e){var t=le.call(e,C),n=e[C];try{e[C]=void 0;var r=!0}catch{}var i=ue.call(e);return r&&(t?e[C]=n:delete e[C]),i}var fe=Object.prototype.toString;function pe(e){return fe.call(e)}var me=`[object Null]`,he=`[object Undefined]`,ge=S?S.toStringTag:void 0;function w(e){return e==null?e===void 0?he:me:ge&&ge in Object(e)?de(e):pe(e)}function T(e){return typeof e==`object`&&!!e}var _e=`[object Symbol]`;function E(e){return typeof e==`symbol`||T(e)&&w(e)==_e}function ve(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var D=Array.isArray,ye=1/0,be=S?S.prototype:void 0,xe=be?be.toString:void 0;function Se(e){if(typeof e==`string`)return e;if(D(e))return ve(e,Se)+``;if(E(e))return xe?xe.call(e):``;var t=e+``;return t==`0`&&1/e==-ye?`-0`:t}function O(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}var Ce=`[object AsyncFunction]`,we=`[object Function]`,Te=`[object GeneratorFunction]`,Ee=`[object Proxy]`;function De(e){if(!O(e))return!1;var t=w(e);return t==we||t==Te||t==Ce||t==Ee}var Oe=x[`__core-js_shared__`],ke=function(){var e=/[^.]+$/.exec(Oe&&Oe.keys&&Oe.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function Ae(e){return!!ke&&ke in e}var je=Function.prototype.toString;function k(e){if(e!=null){try{return je.call(e)}catch{}try{return e+``}catch{}}return``}var Me=/[\\^$.*+?()[\]{}|]/g,Ne=/^\[object .+?Constructor\]$/,Pe=Function.prototype,Fe=Object.prototype,Ie=Pe.toString,Le=Fe.hasOwnProperty,Re=RegExp(`^`+Ie.call(Le).replace(Me,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function ze(e){return!O(e)||Ae(e)?!1:(De(e)?Re:Ne).test(k(e))}function Be(e,t){return e==null?void 0:e[t]}function A(e,t){var n=Be(e,t);return ze(n)?n:void 0}var Ve=A(x,`WeakMap`),He=function(){try{var e=A(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),Ue=9007199254740991,We=/^(?:0|[1-9]\d*)$/;function Ge(e,t){var n=typeof e;return t=t==null?Ue:t,!!t&&(n==`number`||n!=`symbol`&&We.test(e))&&e>-1&&e%1==0&&e<t}function Ke(e,t,n){t==`__proto__`&&He?He(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function j(e,t){return e===t||e!==e&&t!==t}var qe=Object.prototype.hasOwnProperty;function Je(e,t,n){var r=e[t];(!(qe.call(e,t)&&j(r,n))||n===void 0&&!(t in e))&&Ke(e,t,n)}var Ye=9007199254740991;function Xe(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=Ye}function Ze(e){return e!=null&&Xe(e.length)&&!De(e)}var Qe=Object.prototype;function $e(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||Qe)}function et(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var tt=`[object Arguments]`;function nt(e){return T(e)&&w(e)==tt}var rt=Object.prototype,it=rt.hasOwnProperty,at=rt.propertyIsEnumerable,ot=nt(function(){return arguments}())?nt:function(e){return T(e)&&it.call(e,`callee`)&&!at.call(e,`callee`)};function st(){return!1}var ct=typeof exports==`object`&&exports&&!exports.nodeType&&exports,lt=ct&&typeof module==`object`&&module&&!module.nodeType&&module,ut=lt&&lt.exports===ct?x.Buffer:void 0,M=(ut?ut.isBuffer:void 0)||st,dt=`[object Arguments]`,ft=`[object Array]`,pt=`[object Boolean]`,mt=`[object Date]`,ht=`[object Error]`,gt=`[object Function]`,_t=`[object Map]`,vt=`[object Number]`,yt=`[object Object]`,bt=`[object RegExp]`,xt=`[object Set]`,St=`[object String]`,Ct=`[object WeakMap]`,wt=`[object ArrayBuffer]`,Tt=`[object DataView]`,Et=`[object Float32Array]`,Dt=`[object Float64Array]`,Ot=`[object Int8Array]`,kt=`[object Int16Array]`,At=`[object Int32Array]`,jt=`[object Uint8Array]`,Mt=`[object Uint8ClampedArray]`,Nt=`[object Uint16Array]`,Pt=`[object Uint32Array]`,N={};N[Et]=N[Dt]=N[Ot]=N[kt]=N[At]=N[jt]=N[Mt]=N[Nt]=N[Pt]=!0,N[dt]=N[ft]=N[wt]=N[pt]=N[Tt]=N[mt]=N[ht]=N[gt]=N[_t]=N[vt]=N[yt]=N[bt]=N[xt]=N[St]=N[Ct]=!1;function Ft(e){return T(e)&&Xe(e.length)&&!!N[w(e)]}function It(e){return function(t){return e(t)}}var Lt=typeof exports==`object`&&exports&&!exports.nodeType&&exports,P=Lt&&typeof module==`object`&&module&&!module.nodeType&&module,Rt=P&&P.exports===Lt&&oe.process,zt=function(){try{return P&&P.require&&P.require(`util`).types||Rt&&Rt.binding&&Rt.binding(`util`)}catch{}}(),Bt=zt&&zt.isTypedArray,Vt=Bt?It(Bt):Ft,Ht=Object.prototype.hasOwnProperty;function Ut(e,t){var n=D(e),r=!n&&ot(e),i=!n&&!r&&M(e),a=!n&&!r&&!i&&Vt(e),o=n||r||i||a,s=o?et(e.length,String):[],c=s.length;for(var l in e)(t||Ht.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||Ge(l,c)))&&s.push(l);return s}function Wt(e,t){return function(n){return e(t(n))}}var Gt=Wt(Object.keys,Object),Kt=Object.prototype.hasOwnProperty;function qt(e){if(!$e(e))return Gt(e);var t=[];for(var n in Object(e))Kt.call(e,n)&&n!=`constructor`&&t.push(n);return t}function Jt(e){return Ze(e)?Ut(e):qt(e)}var Yt=/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,Xt=/^\w*$/;function Zt(e,t){if(D(e))return!1;var n=typeof e;return n==`number`||n==`symbol`||n==`boolean`||e==null||E(e)?!0:Xt.test(e)||!Yt.test(e)||t!=null&&e in Object(t)}var F=A(Object,`create`);function Qt(){this.__data__=F?F(null):{},this.size=0}function $t(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t}var en=`__lodash_hash_undefined__`,tn=Object.prototype.hasOwnProperty;function nn(e){var t=this.__data__;if(F){var n=t[e];return n===en?void 0:n}return tn.call(t,e)?t[e]:void 0}var rn=Object.prototype.hasOwnProperty;function an(e){var t=this.__data__;return F?t[e]!==void 0:rn.call(t,e)}var on=`__lodash_hash_undefined__`;function sn(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=F&&t===void 0?on:t,this}function I(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}I.prototype.clear=Qt,I.prototype.delete=$t,I.prototype.get=nn,I.prototype.has=an,I.prototype.set=sn;function cn(){this.__data__=[],this.size=0}function L(e,t){for(var n=e.length;n--;)if(j(e[n][0],t))return n;return-1}var ln=Array.prototype.splice;function un(e){var t=this.__data__,n=L(t,e);return n<0?!1:(n==t.length-1?t.pop():ln.call(t,n,1),--this.size,!0)}function dn(e){var t=this.__data__,n=L(t,e);return n<0?void 0:t[n][1]}function fn(e){return L(this.__data__,e)>-1}function pn(e,t){var n=this.__data__,r=L(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this}function R(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}R.prototype.clear=cn,R.prototype.delete=un,R.prototype.get=dn,R.prototype.has=fn,R.prototype.set=pn;var z=A(x,`Map`);function mn(){this.size=0,this.__data__={hash:new I,map:new(z||R),string:new I}}function hn(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function B(e,t){var n=e.__data__;return hn(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function gn(e){var t=B(this,e).delete(e);return this.size-=+!!t,t}function _n(e){return B(this,e).get(e)}function vn(e){return B(this,e).has(e)}function yn(e,t){var n=B(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this}function V(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}V.prototype.clear=mn,V.prototype.delete=gn,V.prototype.get=_n,V.prototype.has=vn,V.prototype.set=yn;var bn=`Expected a function`;function xn(e,t){if(typeof e!=`function`||t!=null&&typeof t!=`function`)throw TypeError(bn);var n=function(){var r=arguments,i=t?t.apply(this,r):r[0],a=n.cache;if(a.has(i))return a.get(i);var o=e.apply(this,r);return n.cache=a.set(i,o)||a,o};return n.cache=new(xn.Cache||V),n}xn.Cache=V;var Sn=500;function Cn(e){var t=xn(e,function(e){return n.size===Sn&&n.clear(),e}),n=t.cache;return t}var wn=/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,Tn=/\\(\\)?/g,En=Cn(function(e){var t=[];return e.charCodeAt(0)===46&&t.push(``),e.replace(wn,function(e,n,r,i){t.push(r?i.replace(Tn,`$1`):n||e)}),t});function Dn(e){return e==null?``:Se(e)}function On(e,t){return D(e)?e:Zt(e,t)?[e]:En(Dn(e))}var kn=1/0;function H(e){if(typeof e==`string`||E(e))return e;var t=e+``;return t==`0`&&1/e==-kn?`-0`:t}function An(e,t){t=On(t,e);for(var n=0,r=t.length;e!=null&&n<r;)e=e[H(t[n++])];return n&&n==r?e:void 0}function jn(e,t,n){var r=e==null?void 0:An(e,t);return r===void 0?n:r}function Mn(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var Nn=Wt(Object.getPrototypeOf,Object),Pn=`[object Object]`,Fn=Function.prototype,In=Object.prototype,Ln=Fn.toString,Rn=In.hasOwnProperty,zn=Ln.call(Object);function Bn(e){if(!T(e)||w(e)!=Pn)return!1;var t=Nn(e);if(t===null)return!0;var n=Rn.call(t,`constructor`)&&t.constructor;return typeof n==`function`&&n instanceof n&&Ln.call(n)==zn}function Vn(){this.__data__=new R,this.size=0}function Hn(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n}function Un(e){return this.__data__.get(e)}function Wn(e){return this.__data__.has(e)}var Gn=200;function Kn(e,t){var n=this.__data__;if(n instanceof R){var r=n.__data__;if(!z||r.length<Gn-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new V(r)}return n.set(e,t),this.size=n.size,this}function U(e){var t=this.__data__=new R(e);this.size=t.size}U.prototype.clear=Vn,U.prototype.delete=Hn,U.prototype.get=Un,U.prototype.has=Wn,U.prototype.set=Kn;function qn(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function Jn(){return[]}var Yn=Object.prototype.propertyIsEnumerable,Xn=Object.getOwnPropertySymbols,Zn=Xn?function(e){return e==null?[]:(e=Object(e),qn(Xn(e),function(t){return Yn.call(e,t)}))}:Jn;function Qn(e,t,n){var r=t(e);return D(e)?r:Mn(r,n(e))}function $n(e){return Qn(e,Jt,Zn)}var er=A(x,`DataView`),tr=A(x,`Promise`),nr=A(x,`Set`),rr=`[object Map]`,ir=`[object Object]`,ar=`[object Promise]`,or=`[object Set]`,sr=`[object WeakMap]`,cr=`[object DataView]`,lr=k(er),ur=k(z),dr=k(tr),fr=k(nr),pr=k(Ve),W=w;(er&&W(new er(new ArrayBuffer(1)))!=cr||z&&W(new z)!=rr||tr&&W(tr.resolve())!=ar||nr&&W(new nr)!=or||Ve&&W(new Ve)!=sr)&&(W=function(e){var t=w(e),n=t==ir?e.constructor:void 0,r=n?k(n):``;if(r)switch(r){case lr:return cr;case ur:return rr;case dr:return ar;case fr:return or;case pr:return sr}return t});var mr=W,hr=x.Uint8Array,gr=`__lodash_hash_undefined__`;function _r(e){return this.__data__.set(e,gr),this}function vr(e){return this.__data__.has(e)}function G(e){var t=-1,n=e==null?0:e.length;for(this.__data__=new V;++t<n;)this.add(e[t])}G.prototype.add=G.prototype.push=_r,G.prototype.has=vr;function yr(e,t){for(var n=-1,r=e==null?0:e.length;++n<r;)if(t(e[n],n,e))return!0;return!1}function br(e,t){return e.has(t)}var xr=1,Sr=2;function Cr(e,t,n,r,i,a){var o=n&xr,s=e.length,c=t.length;if(s!=c&&!(o&&c>s))return!1;var l=a.get(e),u=a.get(t);if(l&&u)return l==t&&u==e;var d=-1,f=!0,p=n&Sr?new G:void 0;for(a.set(e,t),a.set(t,e);++d<s;){var m=e[d],h=t[d];if(r)var g=o?r(h,m,d,t,e,a):r(m,h,d,e,t,a);if(g!==void 0){if(g)continue;f=!1;break}if(p){if(!yr(t,function(e,t){if(!br(p,t)&&(m===e||i(m,e,n,r,a)))return p.push(t)})){f=!1;break}}else if(!(m===h||i(m,h,n,r,a))){f=!1;break}}return a.delete(e),a.delete(t),f}function wr(e){var t=-1,n=Array(e.size);return e.forEach(function(e,r){n[++t]=[r,e]}),n}function Tr(e){var t=-1,n=Array(e.size);return e.forEach(function(e){n[++t]=e}),n}var Er=1,Dr=2,Or=`[object Boolean]`,kr=`[object Date]`,Ar=`[object Error]`,jr=`[object Map]`,Mr=`[object Number]`,Nr=`[object RegExp]`,Pr=`[object Set]`,Fr=`[object String]`,Ir=`[object Symbol]`,Lr=`[object ArrayBuffer]`,Rr=`[object DataView]`,zr=S?S.prototype:void 0,Br=zr?zr.valueOf:void 0;function Vr(e,t,n,r,i,a,o){switch(n){case Rr:if(e.byteLength!=t.byteLength||e.byteOffset!=t.byteOffset)return!1;e=e.buffer,t=t.buffer;case Lr:return!(e.byteLength!=t.byteLength||!a(new hr(e),new hr(t)));case Or:case kr:case Mr:return j(+e,+t);case Ar:return e.name==t.name&&e.message==t.message;case Nr:case Fr:return e==t+``;case jr:var s=wr;case Pr:var c=r&Er;if(s||(s=Tr),e.size!=t.size&&!c)return!1;var l=o.get(e);if(l)return l==t;r|=Dr,o.set(e,t);var u=Cr(s(e),s(t),r,i,a,o);return o.delete(e),u;case Ir:if(Br)return Br.call(e)==Br.call(t)}return!1}var Hr=1,Ur=Object.prototype.hasOwnProperty;function Wr(e,t,n,r,i,a){var o=n&Hr,s=$n(e),c=s.length;if(c!=$n(t).length&&!o)return!1;for(var l=c;l--;){var u=s[l];if(!(o?u in t:Ur.call(t,u)))return!1}var d=a.get(e),f=a.get(t);if(d&&f)return d==t&&f==e;var p=!0;a.set(e,t),a.set(t,e);for(var m=o;++l<c;){u=s[l];var h=e[u],g=t[u];if(r)var ee=o?r(g,h,u,t,e,a):r(h,g,u,e,t,a);if(!(ee===void 0?h===g||i(h,g,n,r,a):ee)){p=!1;break}m||(m=u==`constructor`)}if(p&&!m){var _=e.constructor,v=t.constructor;_!=v&&`constructor`in e&&`constructor`in t&&!(typeof _==`function`&&_ instanceof _&&typeof v==`function`&&v instanceof v)&&(p=!1)}return a.delete(e),a.delete(t),p}var Gr=1,Kr=`[object Arguments]`,qr=`[object Array]`,K=`[object Object]`,Jr=Object.prototype.hasOwnProperty;function Yr(e,t,n,r,i,a){var o=D(e),s=D(t),c=o?qr:mr(e),l=s?qr:mr(t);c=c==Kr?K:c,l=l==Kr?K:l;var u=c==K,d=l==K,f=c==l;if(f&&M(e)){if(!M(t))return!1;o=!0,u=!1}if(f&&!u)return a||(a=new U),o||Vt(e)?Cr(e,t,n,r,i,a):Vr(e,t,c,n,r,i,a);if(!(n&Gr)){var p=u&&Jr.call(e,`__wrapped__`),m=d&&Jr.call(t,`__wrapped__`);if(p||m){var h=p?e.value():e,g=m?t.value():t;return a||(a=new U),i(h,g,n,r,a)}}return f?(a||(a=new U),Wr(e,t,n,r,i,a)):!1}function Xr(e,t,n,r,i){return e===t?!0:e==null||t==null||!T(e)&&!T(t)?e!==e&&t!==t:Yr(e,t,n,r,Xr,i)}function Zr(e){for(var t=-1,n=e==null?0:e.length,r={};++t<n;){var i=e[t];Ke(r,i[0],i[1])}return r}function Qr(e,t){return Xr(e,t)}function $r(e){return e==null}function ei(e,t,n,r){if(!O(e))return e;t=On(t,e);for(var i=-1,a=t.length,o=a-1,s=e;s!=null&&++i<a;){var c=H(t[i]),l=n;if(c===`__proto__`||c===`constructor`||c===`prototype`)return e;if(i!=o){var u=s[c];l=r?r(u,c,s):void 0,l===void 0&&(l=O(u)?u:Ge(t[i+1])?[]:{})}Je(s,c,l),s=s[c]}return e}function ti(e,t,n){return e==null?e:ei(e,t,n)}var ni=e=>e===void 0,ri=e=>typeof e==`boolean`,ii=e=>typeof e==`number`,ai=e=>!e&&e!==0||c(e)&&e.length===0||g(e)&&!Object.keys(e).length,oi=e=>typeof Element>`u`?!1:e instanceof Element,si=e=>$r(e),ci=e=>s(e)?!Number.isNaN(Number(e)):!1,li=e=>Object.keys(e),ui=(e,t,n)=>({get value(){return jn(e,t,n)},set value(n){ti(e,t,n)}}),di=`__epPropKey`,fi=e=>e,pi=e=>g(e)&&!!e.__epPropKey,mi=(e,t)=>{if(!g(e)||pi(e))return e;let{values:n,required:i,default:a,type:o,validator:s}=e,c={type:o,required:!!i,validator:n||s?i=>{let o=!1,c=[];if(n&&(c=Array.from(n),r(e,`default`)&&c.push(a),o||(o=c.includes(i))),s&&(o||(o=s(i))),!o&&c.length>0){let e=[...new Set(c)].map(e=>JSON.stringify(e)).join(`, `);te(`Invalid prop: validation failed${t?` for prop "${t}"`:``}. Expected one of [${e}], got value ${JSON.stringify(i)}.`)}return o}:void 0,[di]:!0};return r(e,`default`)&&(c.default=a),c},hi=e=>Zr(Object.entries(e).map(([e,t])=>[e,mi(t,e)])),gi=class extends Error{constructor(e){super(e),this.name=`ElementPlusError`}};function _i(e,t){throw new gi(`[${e}] ${t}`)}function q(e,t){{let n=s(e)?new gi(`[${e}] ${t}`):e;console.warn(n)}}function vi(e,t){var n;let r=l();return u(()=>{r.value=e()},{...t,flush:(n=t==null?void 0:t.flush)==null?`sync`:n}),v(r)}function yi(e,t){return d()?(f(e,t),!0):!1}var J=typeof window<`u`&&typeof document<`u`;typeof WorkerGlobalScope<`u`&&globalThis instanceof WorkerGlobalScope;var bi=e=>e!=null,xi=Object.prototype.toString,Si=e=>xi.call(e)===`[object Object]`,Y=()=>{},Ci=wi();function wi(){var e,t,n;return J&&!!((e=window)!=null&&(e=e.navigator)!=null&&e.userAgent)&&(/iP(?:ad|hone|od)/.test(window.navigator.userAgent)||((t=window)==null||(t=t.navigator)==null?void 0:t.maxTouchPoints)>2&&/iPad|Macintosh/.test((n=window)==null?void 0:n.navigator.userAgent))}function Ti(e,t){function n(...n){return new Promise((r,i)=>{Promise.resolve(e(()=>t.apply(this,n),{fn:t,thisArg:this,args:n})).then(r).catch(i)})}return`cancel`in e&&Object.assign(n,{cancel:e.cancel,flush:e.flush,isPending:e.isPending}),n}function Ei(e,t={}){let n,r,i=Y,a=Y,o=l(!1),s=e=>{clearTimeout(e),i(),i=Y},c;return Object.assign(l=>{let u=y(e),d=y(t.maxWait);return n&&s(n),u<=0||d!==void 0&&d<=0?(r&&(s(r),r=void 0),o.value=!1,Promise.resolve(l())):(o.value=!0,new Promise((e,f)=>{i=t.rejectOnCancel?f:e,a=e,c=l,d&&!r&&(r=setTimeout(()=>{n&&s(n),r=void 0,o.value=!1,e(c())},d)),n=setTimeout(()=>{r&&s(r),r=void 0,o.value=!1,e(l())},u)}))},{cancel:()=>{n&&(s(n),n=void 0),r&&(s(r),r=void 0),o.value=!1,a=Y},flush:()=>{if(o.value){n&&(clearTimeout(n),n=void 0),r&&(clearTimeout(r),r=void 0),o.value=!1;let e=a;i=Y,a=Y,e(c())}},isPending:m(o)})}function Di(e){return Array.isArray(e)?e:[e]}function Oi(e,t=200,n={}){return Ti(Ei(t,n),e)}function ki(e,t=200,n={}){let r=_(y(e)),i=Oi(()=>{r.value=e.value},t,n);return h(e,()=>i()),m(r)}function Ai(e,t,n={}){let{immediate:r=!0,immediateCallback:i=!1}=n,a=l(!1),o;function s(){o&&(clearTimeout(o),o=void 0)}function c(){a.value=!1,s()}function u(...n){i&&e(),s(),a.value=!0,o=setTimeout(()=>{a.value=!1,o=void 0,e(...n)},y(t))}return r&&(a.value=!0,J&&u()),yi(c),{isPending:m(a),start:u,stop:c}}function ji(e,t,n){return h(e,t,{...n,immediate:!0})}var Mi={name:`en`,el:{breadcrumb:{label:`Breadcrumb`},colorpicker:{confirm:`OK`,clear:`Clear`,defaultLabel:`color picker`,description:`current color is {color}. press enter to select a new color.`,alphaLabel:`pick alpha value`,alphaDescription:`alpha {alpha}, current color is {color}`,hueLabel:`pick hue value`,hueDescription:`hue {hue}, current color is {color}`,svLabel:`pick saturation and brightness value`,svDescription:`saturation {saturation}, brightness {brightness}, current color is {color}`,predefineDescription:`select {value} as the color`},datepicker:{now:`Now`,today:`Today`,cancel:`Cancel`,clear:`Clear`,confirm:`OK`,dateTablePrompt:`Use the arrow keys and enter to select the day of the month`,monthTablePrompt:`Use the arrow keys and enter to select the month`,quarterTablePrompt:`Use the arrow keys and enter to select the quarter`,yearTablePrompt:`Use the arrow keys and enter to select the year`,selectedDate:`Selected date`,selectDate:`Select date`,selectTime:`Select time`,startDate:`Start Date`,startTime:`Start Time`,endDate:`End Date`,endTime:`End Time`,prevYear:`Previous Year`,nextYear:`Next Year`,prevMonth:`Previous Month`,nextMonth:`Next Month`,year:``,month1:`January`,month2:`February`,month3:`March`,month4:`April`,month5:`May`,month6:`June`,month7:`July`,month8:`August`,month9:`September`,month10:`October`,month11:`November`,month12:`December`,weeks:{sun:`Sun`,mon:`Mon`,tue:`Tue`,wed:`Wed`,thu:`Thu`,fri:`Fri`,sat:`Sat`},weeksFull:{sun:`Sunday`,mon:`Monday`,tue:`Tuesday`,wed:`Wednesday`,thu:`Thursday`,fri:`Friday`,sat:`Saturday`},months:{jan:`Jan`,feb:`Feb`,mar:`Mar`,apr:`Apr`,may:`May`,jun:`Jun`,jul:`Jul`,aug:`Aug`,sep:`Sep`,oct:`Oct`,nov:`Nov`,dec:`Dec`}},input:{characters:`{count} / {max} characters`},inputNumber:{decrease:`decrease number`,increase:`increase number`},select:{loading:`Loading`,noMatch:`No matching data`,noData:`No data`,placeholder:`Select`},mention:{loading:`Loading`},dropdown:{toggleDropdown:`Toggle Dropdown`},cascader:{noMatch:`No matching data`,loading:`Loading`,placeholder:`Select`,noData:`No data`},pagination:{goto:`Go to`,pagesize:`/page`,total:`Total {total}`,pageClassifier:``,page:`Page`,prev:`Go to previous page`,next:`Go to next page`,currentPage:`page {pager}`,prevPages:`Previous {pager} pages`,nextPages:`Next {pager} pages`,deprecationWarning:`Deprecated usages detected, please refer to the el-pagination documentation for more details`},dialog:{close:`Close this dialog`},drawer:{close:`Close this dialog`},messagebox:{title:`Message`,confirm:`OK`,cancel:`Cancel`,error:`Illegal input`,close:`Close this dialog`},upload:{deleteTip:`press delete to remove`,delete:`Delete`,preview:`Preview`,continue:`Continue`},slider:{defaultLabel:`slider between {min} and {max}`,defaultRangeStartLabel:`pick start value`,defaultRangeEndLabel:`pick end value`},table:{emptyText:`No Data`,confirmFilter:`Confirm`,resetFilter:`Reset`,clearFilter:`All`,sumText:`Sum`,selectAllLabel:`Select all rows`,selectRowLabel:`Select this row`,expandRowLabel:`Expand this row`,collapseRowLabel:`Collapse this row`,sortLabel:`Sort by {column}`,filterLabel:`Filter by {column}`},tag:{close:`Close this tag`},tour:{next:`Next`,previous:`Previous`,finish:`Finish`,close:`Close this dialog`},tree:{emptyText:`No Data`},transfer:{noMatch:`No matching data`,noData:`No data`,titles:[`List 1`,`List 2`],filterPlaceholder:`Enter keyword`,noCheckedFormat:`{total} items`,hasCheckedFormat:`{checked}/{total} checked`},image:{error:`FAILED`},pageHeader:{title:`Back`},popconfirm:{confirmButtonText:`Yes`,cancelButtonText:`No`},carousel:{leftArrow:`Carousel arrow left`,rightArrow:`Carousel arrow right`,indicator:`Carousel switch to index {index}`},inputOTP:{groupLabel:`OTP Input`,defaultLabel:`Please enter OTP character {index}`}}},Ni=e=>(t,r)=>Pi(t,r,n(e)),Pi=(e,t,n)=>jn(n,e,e).replace(/\{(\w+)\}/g,(e,n)=>{var r;return`${(r=t==null?void 0:t[n])==null?`{${n}}`:r}`}),Fi=e=>({lang:t(()=>n(e).name),locale:ee(e)?e:_(e),t:Ni(e)}),Ii=Symbol(`localeContextKey`),Li=e=>{let n=e||i(Ii,_());return Fi(t(()=>n.value||Mi))},Ri=`is-`,X=(e,t,n,r,i)=>{let a=`${e}-${t}`;return n&&(a+=`-${n}`),r&&(a+=`__${r}`),i&&(a+=`--${i}`),a},zi=Symbol(`namespaceContextKey`),Bi=e=>{let r=e||(o()?i(zi,_(`el`)):_(`el`));return t(()=>n(r)||`el`)},Vi=(e,t)=>{let n=Bi(t);return{namespace:n,b:(t=``)=>X(n.value,e,t,``,``),e:t=>t?X(n.value,e,``,t,``):``,m:t=>t?X(n.value,e,``,``,t):``,be:(t,r)=>t&&r?X(n.value,e,t,r,``):``,em:(t,r)=>t&&r?X(n.value,e,``,t,r):``,bm:(t,r)=>t&&r?X(n.value,e,t,``,r):``,bem:(t,r,i)=>t&&r&&i?X(n.value,e,t,r,i):``,is:(e,...t)=>{let n=t.length>=1?t[0]:!0;return e&&n?`${Ri}${e}`:``},cssVar:e=>{let t={};for(let r in e)e[r]&&(t[`--${n.value}-${r}`]=e[r]);return t},cssVarName:e=>`--${n.value}-${e}`,cssVarBlock:t=>{let r={};for(let i in t)t[i]&&(r[`--${n.value}-${e}-${i}`]=t[i]);return r},cssVarBlockName:t=>`--${n.value}-${e}-${t}`}},Hi={current:0},Ui=_(0),Wi=2e3,Gi=Symbol(`elZIndexContextKey`),Ki=Symbol(`zIndexContextKey`),qi=e=>{let r=o()?i(Gi,Hi):Hi,a=e||(o()?i(Ki,void 0):void 0),s=t(()=>{let e=n(a);return ii(e)?e:Wi}),c=t(()=>s.value+Ui.value);return!J&&!i(Gi)&&q(`ZIndexInjection`,`Looks like you are using server rendering, you must provide a z-index provider to ensure the hydration process to be succeed
usage: app.provide(ZINDEX_INJECTION_KEY, { current: 0 })`),{initialZIndex:s,currentZIndex:c,nextZIndex:()=>(r.current++,Ui.value=r.current,c.value)}},Ji=mi({type:String,values:ae,required:!1}),Yi=Symbol(`size`),Xi=()=>{let e=i(Yi,{});return t(()=>n(e.size)||``)},Zi=Symbol(`emptyValuesContextKey`),Qi=`use-empty-values`,$i=[``,void 0,null],ea=hi({emptyValues:Array,valueOnClear:{type:fi([String,Number,Boolean,Function]),default:void 0,validator:t=>(t=e(t)?t():t,c(t)?t.every(e=>!e):!t)}}),ta=(n,r)=>{let a=o()?i(Zi,_({})):_({}),s=t(()=>n.emptyValues||a.value.emptyValues||$i),l=t(()=>e(n.valueOnClear)?n.valueOnClear():n.valueOnClear===void 0?e(a.value.valueOnClear)?a.value.valueOnClear():a.value.valueOnClear===void 0?r===void 0?void 0:r:a.value.valueOnClear:n.valueOnClear),u=e=>{let t=!0;return t=c(e)?s.value.some(t=>Qr(e,t)):s.value.includes(e),t};return u(l.value)||q(Qi,`value-on-clear should be a value of empty-values`),{emptyValues:s,valueOnClear:l,isEmptyValue:u}},na=e=>{let t=e.props,n=c(t)?Zr(t.map(e=>[e,{}])):t;e.setPropsDefaults=t=>{if(n){for(let[e,i]of Object.entries(t)){let t=n[e];r(n,e)&&(Bn(t)?n[e]={...t,default:i}:n[e]={type:t,default:i})}e.props=n}}},ra=(e,t)=>{if(e.install=n=>{for(let r of[e,...Object.values(t==null?{}:t)])n.component(r.name,r)},t)for(let[n,r]of Object.entries(t))e[n]=r;return na(e),e},ia=(e,t)=>(e.install=n=>{e._context=n._context,n.config.globalProperties[t]=e},e),aa=e=>(e.install=ne,na(e),e),oa=Symbol(),Z=_();function Q(e,n=void 0){let r=o()?i(oa,Z):Z;return e?t(()=>{var t,i;return(t=(i=r.value)==null?void 0:i[e])==null?n:t}):r}function sa(e,r){let i=Q(),a=Vi(e,t(()=>{var e;return((e=i.value)==null?void 0:e.namespace)||`el`})),o=Li(t(()=>{var e;return(e=i.value)==null?void 0:e.locale})),s=qi(t(()=>{var e;let t=(e=i.value)==null?void 0:e.zIndex;return $r(t)||Number.isNaN(t)?Wi:t})),c=t(()=>{var e;return n(r)||((e=i.value)==null?void 0:e.size)||``});return ca(t(()=>n(i)||{})),{ns:a,locale:o,zIndex:s,size:c}}var ca=(e,r,i=!1)=>{var s;let c=!!o(),l=c?Q():void 0,u=(s=r==null?void 0:r.provide)==null?c?a:void 0:s;if(!u){q(`provideGlobalConfig`,`provideGlobalConfig() can only be used inside setup().`);return}let d=t(()=>{let t=n(e);return l!=null&&l.value?la(l.value,t):t});return u(oa,d),u(Ii,t(()=>d.value.locale)),u(zi,t(()=>d.value.namespace)),u(Ki,t(()=>d.value.zIndex)),u(Yi,{size:t(()=>d.value.size||``)}),u(Zi,t(()=>({emptyValues:d.value.emptyValues,valueOnClear:d.value.valueOnClear}))),(i||!Z.value)&&(Z.value=d.value),d},la=(e,t)=>{let n=[...new Set([...li(e),...li(t)])],r={};for(let i of n)r[i]=t[i]===void 0?e[i]:t[i];return r},ua=b(`
  mutation AdminLogin($phone: String!, $password: String!) {
    login(phone: $phone, password: $password) {
      token
      mustChangePassword
    }
  }
`),da=b(`
  mutation AdminChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`),fa=b(`
  mutation AdminLogout {
    logout
  }
`),pa=b(`
  query ConsoleContext {
    me { id name phone }
    consoleContext {
      role
      masksPhones
      sections
      home { id name level manageable }
      breadcrumb { id name level manageable }
    }
    currentCampaign { id year title passScore mainWindow { start end } makeupWindow { start end } durationMinutes studyStart }
  }
`),ma=b(`
  query Breadcrumb($nodeId: ID!) {
    breadcrumb(nodeId: $nodeId) { id name level manageable }
  }
`),ha=b(`
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
  }
`),ga=b(`
  query DailyProgress($campaignId: ID!, $nodeId: ID!) {
    dailyProgress(campaignId: $campaignId, nodeId: $nodeId) { day studyCompleted participated passed }
  }
`),_a=b(`
  mutation CreateDownloadLink($input: DownloadInput!) {
    createDownloadLink(input: $input) { url expiresAt }
  }
`),va=b(`
  query Roster($unitId: ID!, $first: Int!, $after: String, $filter: LearnerFilter, $orderBy: LearnerOrder!, $descending: Boolean!, $campaignId: ID!) {
    unit(id: $unitId) {
      id
      name
      learners(first: $first, after: $after, filter: $filter, orderBy: $orderBy, descending: $descending) {
        totalCount
        pageInfo { hasNextPage endCursor }
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
`),ya=b(`
  mutation AddLearner($input: AddLearnerInput!) {
    addLearner(input: $input) { id name }
  }
`),ba=b(`
  mutation UpdateLearner($id: ID!, $input: UpdateLearnerInput!) {
    updateLearner(id: $id, input: $input) { id name }
  }
`),xa=b(`
  mutation TransferOut($learnerId: ID!) {
    transferOut(learnerId: $learnerId) { id status }
  }
`),Sa=b(`
  mutation SetStatus($learnerId: ID!, $status: EmploymentStatus!) {
    setEmploymentStatus(learnerId: $learnerId, status: $status) { id status }
  }
`),Ca=b(`
  mutation ResetLearnerPassword($learnerId: ID!) {
    resetLearnerPassword(learnerId: $learnerId)
  }
`),wa=b(`
  mutation UnlockLearner($learnerId: ID!) {
    unlockLearner(learnerId: $learnerId)
  }
`),Ta=b(`
  mutation RevealPhone($learnerId: ID!) {
    revealPhone(learnerId: $learnerId)
  }
`),Ea=b(`
  mutation ImportLearners($unitId: ID!, $file: Upload!, $dryRun: Boolean, $importValidRows: Boolean) {
    importLearners(unitId: $unitId, file: $file, dryRun: $dryRun, importValidRows: $importValidRows) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
    }
  }
`),Da=b(`
  query ActionList($campaignId: ID!, $nodeId: ID!, $kind: ActionKind!, $first: Int!, $after: String) {
    learnersNeedingAction(campaignId: $campaignId, nodeId: $nodeId, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        phone
        phoneMasked
        rank
        unit { id name }
        points(campaignId: $campaignId)
        bestScore(campaignId: $campaignId)
      }
    }
  }
`),Oa=b(`
  query Children($campaignId: ID!, $nodeId: ID!) {
    stats(campaignId: $campaignId, nodeId: $nodeId) {
      children(orderBy: NAME) { nodeId name isUnit }
    }
  }
`),ka=b(`
  query ExamSessions($campaignId: ID!, $unitId: ID) {
    examSessions(campaignId: $campaignId, unitId: $unitId) { id kind startsAt endsAt centreName seats booked }
  }
`),Aa=b(`
  mutation ScheduleExamSession($input: ScheduleExamSessionInput!) {
    scheduleExamSession(input: $input) { id kind startsAt endsAt }
  }
`),ja=b(`
  query Exemptions($campaignId: ID!, $nodeId: ID!, $status: ExemptionStatus) {
    exemptions(campaignId: $campaignId, nodeId: $nodeId, status: $status, first: 100) {
      totalCount
      nodes {
        id
        status
        reason
        appliedAt
        attachmentName
        learner { id name phone unit { name } }
        decisions { approve comment overrule decidedAt decidedBy }
      }
    }
  }
`),Ma=b(`
  mutation DecideExemption($id: ID!, $approve: Boolean!, $comment: String) {
    decideExemption(id: $id, approve: $approve, comment: $comment) { id status }
  }
`),Na=b(`
  query Notices {
    notices(first: 50) { nodes { id title body postedAt region { name } } }
  }
`),Pa=b(`
  mutation PostNotice($input: PostNoticeInput!) {
    postNotice(input: $input) { id }
  }
`),Fa=b(`
  query AuditLog($nodeId: ID!, $first: Int!, $after: String) {
    auditLog(nodeId: $nodeId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id at action actor targetKind targetId before after late }
    }
  }
`),Ia=b(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) { id role }
  }
`),La=b(`
  query CampaignForYear($year: Int!) {
    campaign(year: $year) {
      id
      year
      title
      readerTitle
      verificationDeadline
      studyStart
      requiredPoints
      categories { category points required }
      mainWindow { start end }
      makeupWindow { start end }
      passScore
      durationMinutes
      blueprint { type count pointsEach }
      mainAttempts
      makeupAttempts
      answerGraceSeconds
      dailyPointsCap
      reviewMode
    }
  }
`),Ra=b(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) { id year title }
  }
`),za=b(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) { id year title }
  }
`),Ba=b(`
  mutation ImportQuestions($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importQuestions(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
    }
  }
`),Va=b(`
  mutation ImportStudyItems($campaignId: ID!, $file: Upload!, $dryRun: Boolean) {
    importStudyItems(campaignId: $campaignId, file: $file, dryRun: $dryRun) {
      created
      updated
      unchanged
      dryRun
      written
      errors { row message }
    }
  }
`),$=p({loaded:!1,name:``,context:null,campaign:null});function Ha(){async function e(e=!1){var t;if($.loaded&&!e)return;let n=await re(pa);$.name=n.me.name,$.context=n.consoleContext,$.campaign=(t=n.currentCampaign)==null?null:t,$.loaded=!0}function t(e){var t,n;return(t=(n=$.context)==null?void 0:n.sections.includes(e))!=null&&t}async function n(){try{await re(fa)}catch{}r()}function r(){ie(null),$.loaded=!1,$.context=null,$.campaign=null}return{state:$,load:e,may:t,logout:n,forget:r}}export{Di as $,De as $t,za as A,Bn as At,Xi as B,Vt as Bt,Ca as C,hr as Ct,Sa as D,Zn as Dt,Aa as E,Qn as Et,ra as F,H as Ft,Li as G,$e as Gt,qi as H,It as Ht,ia as I,On as It,Ci as J,Je as Jt,vi as K,Ze as Kt,aa as L,Zt as Lt,ca as M,Mn as Mt,sa as N,jn as Nt,xa as O,Jn as Ot,Q as P,An as Pt,ki as Q,He as Qt,ta as R,Jt as Rt,Pa as S,Xr as St,va as T,$n as Tt,Bi as U,M as Ut,Ji as V,zt as Vt,Vi as W,ot as Wt,Y as X,Ke as Xt,Si as Y,j as Yt,bi as Z,Ge as Zt,Ia as _,ni as _t,ua as a,S as an,_i as at,Va as b,Qr as bt,La as c,fi as ct,_a as d,ri as dt,O as en,yi as et,ga as f,oi as ft,ja as g,ci as gt,ka as h,si as ht,da as i,T as in,q as it,ba as j,Nn as jt,wa as k,U as kt,Oa as l,ui as lt,Ma as m,ii as mt,Da as n,ve as nn,Ai as nt,Fa as o,x as on,mi as ot,ha as p,ai as pt,J as q,Xe as qt,ya as r,E as rn,ji as rt,ma as s,ae as sn,hi as st,Ha as t,D as tn,Oi as tt,Ra as u,li as ut,Ea as v,ei as vt,Ta as w,mr as wt,Na as x,Zr as xt,Ba as y,$r as yt,ea as z,Ut as zt};
#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t input_1[4],
    result_t layer17_out[2]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=input_1 complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer17_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=input_1,layer17_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<fa_weight_t, 16>(w2, "w2.txt");
        nnet::load_weights_from_txt<fa_bias_t, 4>(b2, "b2.txt");
        nnet::load_weights_from_txt<fb_weight_t, 16>(w4, "w4.txt");
        nnet::load_weights_from_txt<fb_bias_t, 4>(b4, "b4.txt");
        nnet::load_weights_from_txt<out_weight_t, 48>(w17, "w17.txt");
        nnet::load_weights_from_txt<out_bias_t, 2>(b17, "b17.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    fa_result_t layer2_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    fb_result_t layer4_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    layer6_t layer6_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer6_out complete dim=0

    mx_result_t layer7_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0

    mn_result_t layer8_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    mu_result_t layer9_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer9_out complete dim=0

    c1_result_t layer10_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer10_out complete dim=0

    c2_result_t layer11_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer11_out complete dim=0

    av_result_t layer12_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer12_out complete dim=0

    sb_result_t layer13_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer13_out complete dim=0

    c4_result_t layer14_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer14_out complete dim=0

    c3_result_t layer15_out[8];
    #pragma HLS ARRAY_PARTITION variable=layer15_out complete dim=0

    cat_result_t layer16_out[24];
    #pragma HLS ARRAY_PARTITION variable=layer16_out complete dim=0

    nnet::dense<input_t, fa_result_t, config2>(input_1, layer2_out, w2, b2); // fa

    nnet::dense<input_t, fb_result_t, config4>(input_1, layer4_out, w4, b4); // fb

    nnet::relu6<fa_result_t, layer6_t, relu6_config6>(layer2_out, layer6_out); // r6

    nnet::maximum<fa_result_t, fb_result_t, mx_result_t, config7>(layer2_out, layer4_out, layer7_out); // mx

    nnet::minimum<fa_result_t, fb_result_t, mn_result_t, config8>(layer2_out, layer4_out, layer8_out); // mn

    nnet::multiply<fa_result_t, fb_result_t, mu_result_t, config9>(layer2_out, layer4_out, layer9_out); // mu

    nnet::concatenate1d<layer6_t, mx_result_t, c1_result_t, config10>(layer6_out, layer7_out, layer10_out); // c1

    nnet::concatenate1d<mn_result_t, mu_result_t, c2_result_t, config11>(layer8_out, layer9_out, layer11_out); // c2

    nnet::average<fa_result_t, fb_result_t, av_result_t, config12>(layer2_out, layer4_out, layer12_out); // av

    nnet::subtract<fa_result_t, fb_result_t, sb_result_t, config13>(layer2_out, layer4_out, layer13_out); // sb

    nnet::concatenate1d<c1_result_t, c2_result_t, c4_result_t, config14>(layer10_out, layer11_out, layer14_out); // c4

    nnet::concatenate1d<av_result_t, sb_result_t, c3_result_t, config15>(layer12_out, layer13_out, layer15_out); // c3

    nnet::concatenate1d<c4_result_t, c3_result_t, cat_result_t, config16>(layer14_out, layer15_out, layer16_out); // cat

    nnet::dense<cat_result_t, result_t, config17>(layer16_out, layer17_out, w17, b17); // out

}

